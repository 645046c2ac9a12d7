using System.Text;
using Microsoft.Extensions.Logging;

namespace Wijkverbinder.Tests.LogScan;

/// <summary>
/// A logger provider that hands every line, at every level, to <see cref="LogScan"/>: the formatted message, each
/// structured value, the scopes and the exception, so a value that only reaches a structured sink is scanned too.
/// </summary>
[ProviderAlias("LogScan")]
public sealed class LogScanProvider : ILoggerProvider, ISupportExternalScope
{
    private IExternalScopeProvider scopes = new LoggerExternalScopeProvider();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => scopes = scopeProvider;

    public void Dispose() => LogScan.WriteSummary();

    private sealed class Logger(LogScanProvider provider, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => provider.scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var text = new StringBuilder(formatter(state, exception));
            if (state is IEnumerable<KeyValuePair<string, object?>> values)
            {
                foreach (var (key, value) in values)
                {
                    text.Append(' ').Append(key).Append('=').Append(value);
                }
            }

            provider.scopes.ForEachScope((scope, line) => line.Append(" | ").Append(scope), text);
            text.Append(' ').Append(exception);
            LogScan.Check(category, text.ToString());
        }
    }
}
