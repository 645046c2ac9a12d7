using Wijkverbinder.Protocol.Hosting;
using Wijkverbinder.Protocol.Schema;

namespace Wijkverbinder.TeamsApp.Security;

/// <summary>The bot endpoint's rate limit per conversation (its id from the activity, read once by the endpoint).</summary>
internal sealed class BotConversationRateLimiter(AppRateLimiters limiters) : IActivityRateLimiter
{
    public bool TryAdmit(Activity activity, out TimeSpan retryAfter) =>
        AppRateLimiters.TryAcquire(limiters.BotConversations, activity.Conversation?.Id ?? string.Empty, out retryAfter);
}
