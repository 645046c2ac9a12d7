using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Wijkverbinder.IntegrationTests.Security;

/// <summary>Keeps every log line of a host at every level, with its structured values, scopes and exception.</summary>
public sealed class LogCollector : ILoggerProvider, ISupportExternalScope
{
    private readonly ConcurrentQueue<string> lines = new();
    private IExternalScopeProvider scopes = new LoggerExternalScopeProvider();

    public IReadOnlyList<string> Lines => lines.ToArray();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => scopes = scopeProvider;

    public void Dispose()
    {
    }

    private sealed class Logger(LogCollector collector, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => collector.scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs ? string.Join(" ", pairs.Select(p => $"{p.Key}={p.Value}")) : string.Empty;
            var scopeText = new List<string>();
            collector.scopes.ForEachScope((scope, list) => list.Add(scope?.ToString() ?? string.Empty), scopeText);
            collector.lines.Enqueue($"{logLevel} {category}: {formatter(state, exception)} [{values}] [{string.Join(" | ", scopeText)}] {exception}");
        }
    }
}
