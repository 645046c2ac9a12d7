using Wijkverbinder.Protocol.Schema;

namespace Wijkverbinder.Protocol.Hosting;

/// <summary>The default when the app sets no rate limit of its own: every activity is admitted.</summary>
internal sealed class UnlimitedActivities : IActivityRateLimiter
{
    public bool TryAdmit(Activity activity, out TimeSpan retryAfter)
    {
        retryAfter = TimeSpan.Zero;
        return true;
    }
}
