namespace Wijkverbinder.Notifications.Mail;

/// <summary>
/// A mail did not go out after the retries. Carries Graph's HTTP status and error code only: no contents, no addresses.
/// <see cref="IsTransient"/> says whether trying again later may succeed (throttling, an outage, the network).
/// </summary>
public sealed class MailDeliveryException : Exception
{
    public MailDeliveryException()
        : this(null, null, true)
    {
    }

    public MailDeliveryException(string message)
        : base(message)
    {
        IsTransient = true;
    }

    public MailDeliveryException(string message, Exception innerException)
        : base(message, innerException)
    {
        IsTransient = true;
    }

    public MailDeliveryException(int? statusCode, string? errorCode, bool isTransient, Exception? innerException = null)
        : base(Describe(statusCode, errorCode), innerException)
    {
        StatusCode = statusCode;
        ErrorCode = errorCode;
        IsTransient = isTransient;
    }

    /// <summary>The HTTP status of the last attempt; null when no response came (network, timeout).</summary>
    public int? StatusCode { get; }

    /// <summary>Graph's error code (for example ErrorInvalidRecipients), when it sent one.</summary>
    public string? ErrorCode { get; }

    public bool IsTransient { get; }

    /// <summary>Whether a status is worth another attempt later: throttling, a timeout, or a server error.</summary>
    public static bool IsTransientStatus(int? statusCode) =>
        statusCode is null or 408 or 429 or >= 500;

    private static string Describe(int? statusCode, string? errorCode) =>
        $"Microsoft Graph did not accept the mail (status {statusCode?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"}, code {errorCode ?? "none"}).";
}
