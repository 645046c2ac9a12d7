namespace Wijkverbinder.Protocol.Connector;

/// <summary>At most <see cref="PermitLimit"/> requests within any <see cref="Window"/>.</summary>
public sealed record RateLimitRule
{
    public RateLimitRule(int permitLimit, TimeSpan window)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(permitLimit);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(window, TimeSpan.Zero);
        PermitLimit = permitLimit;
        Window = window;
    }

    public int PermitLimit { get; }

    public TimeSpan Window { get; }
}
