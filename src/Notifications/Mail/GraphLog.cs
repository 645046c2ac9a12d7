using Microsoft.Extensions.Logging;

namespace Wijkverbinder.Notifications.Mail;

/// <summary>Mail log lines: statuses, codes and counts only, never addresses or contents.</summary>
internal static partial class GraphLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Graph mail: {Credential} sign-in, base {BaseHost}, {MaxRetries} retries.")]
    public static partial void Configured(ILogger logger, string credential, string baseHost, int maxRetries);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Graph retry {Attempt} after status {Status}.")]
    public static partial void Retrying(ILogger logger, int attempt, int status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Graph asked to wait {RetryAfter}, longer than {MaxDelay}; giving up this attempt.")]
    public static partial void RetryAfterTooLong(ILogger logger, TimeSpan retryAfter, TimeSpan maxDelay);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Graph {Operation} failed: status {Status}, code {Code}, transient {Transient}.")]
    public static partial void Failed(ILogger logger, string operation, int? status, string? code, bool transient);
}
