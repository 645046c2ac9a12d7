namespace Wijkverbinder.Protocol.Authentication;

/// <summary>
/// The outcome of checking an inbound request's bearer token. <see cref="Failure"/> says why it was refused, in words
/// fit for a log: it never holds the token or anything personal from it.
/// </summary>
public sealed record BotTokenValidationResult(bool IsValid, string? Failure, string? ServiceUrlClaim)
{
    public static BotTokenValidationResult Valid(string? serviceUrl) => new(true, null, serviceUrl);

    public static BotTokenValidationResult Refused(string failure) => new(false, failure, null);

    /// <summary>
    /// Whether the activity's serviceUrl is the one the token was issued for: a token stolen for one service URL
    /// must not make the bot send its replies (and its own token) somewhere else.
    /// </summary>
    public bool AllowsServiceUrl(string? activityServiceUrl) =>
        IsValid && ServiceUrlClaim is not null && string.Equals(ServiceUrlClaim, activityServiceUrl, StringComparison.OrdinalIgnoreCase);
}
