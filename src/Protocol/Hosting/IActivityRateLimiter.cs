using Wijkverbinder.Protocol.Schema;

namespace Wijkverbinder.Protocol.Hosting;

/// <summary>
/// The app's rate limit on inbound activities (per conversation, for example), asked once an activity has passed its
/// token and field checks and before it is handled, so the body is read only once. A refused activity is answered
/// 429 with Retry-After, which the Bot Connector honours.
/// </summary>
public interface IActivityRateLimiter
{
    /// <summary>True when the activity may be handled now; otherwise false, with when to send it again.</summary>
    bool TryAdmit(Activity activity, out TimeSpan retryAfter);
}
