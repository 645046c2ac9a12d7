using Microsoft.Extensions.Logging;

namespace Wijkverbinder.Protocol.Connector;

/// <summary>The connector's log lines. No conversation ids or payloads: those can point to a person.</summary>
internal static partial class ConnectorLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Warning,
        Message = "Bot Connector {Method} answered {Status}; retry {Attempt} in {Delay}")]
    public static partial void RetryScheduled(ILogger logger, string method, int? status, int attempt, TimeSpan delay, Exception? exception);
}
