using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Wijkverbinder.Protocol.Tests.Infrastructure;

/// <summary>Every log line the host writes, formatted, so tests can check what is (and is not) in them.</summary>
public sealed class CapturedLogs : ILoggerProvider
{
    public ConcurrentQueue<string> Lines { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(CapturedLogs logs, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            logs.Lines.Enqueue($"{logLevel} {category}: {formatter(state, exception)} {exception}");
    }
}
