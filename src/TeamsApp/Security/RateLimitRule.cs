namespace Wijkverbinder.TeamsApp.Security;

/// <summary>At most <see cref="PermitLimit"/> requests per <see cref="Window"/> for one partition (a user, a caller, a conversation).</summary>
public sealed class RateLimitRule
{
    public int PermitLimit { get; set; }

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}
