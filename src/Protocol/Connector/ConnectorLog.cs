using Microsoft.Extensions.Logging;

namespace Wijkverbinder.Protocol.Connector;

/// <summary>The connector's log lines. No conversation ids or payloads: those can point to a person.</summary>
internal static partial class ConnectorLog
{
    /// <summary>The delay in whole milliseconds: a TimeSpan's seven-digit fraction can read as a BSN to the log scan.</summary>
    [LoggerMessage(EventId = 1, Level = LogLevel.Warning,
        Message = "Bot Connector {Method} answered {Status}; retry {Attempt} in {DelayMs} ms")]
    public static partial void RetryScheduled(ILogger logger, string method, int? status, int attempt, long delayMs, Exception? exception);
}
