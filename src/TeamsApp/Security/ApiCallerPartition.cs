using System.Threading.RateLimiting;
using Wijkverbinder.Protocol.Hosting;
using Wijkverbinder.TeamsApp.Referrals;
using Wijkverbinder.TeamsApp.Tabs.Api;

namespace Wijkverbinder.TeamsApp.Security;

/// <summary>
/// The partition of ASP.NET Core's rate limiter for a request: the APIs under /api (other than the tab API and the bot,
/// which limit per user and per conversation themselves) per acting colleague, else per client address; anything
/// else (pages, static files, the Blazor circuit) unlimited here.
/// </summary>
internal static class ApiCallerPartition
{
    private const int MaxActorLength = 128;

    public static RateLimitPartition<string> For(HttpContext context, RateLimitRule rule)
    {
        var path = context.Request.Path;
        if (!path.StartsWithSegments("/api") || path.StartsWithSegments(TabApi.Prefix) || path.StartsWithSegments(BotMessagesEndpointExtensions.DefaultPattern))
        {
            return RateLimitPartition.GetNoLimiter(string.Empty);
        }

        // An actor id is a GUID or a team key; anything longer is no actor and must not grow the limiter's table.
        var actor = context.Request.Headers[ActorHeader.Name].ToString();
        var key = actor.Length is > 0 and <= MaxActorLength ? "actor:" + actor : "ip:" + context.Connection.RemoteIpAddress;
        return RateLimitPartition.GetFixedWindowLimiter(key, _ => AppRateLimiters.Window(rule));
    }
}
