using Wijkverbinder.TeamsApp.Tabs.Api;

namespace Wijkverbinder.TeamsApp.Security;

/// <summary>
/// The tab API's rate limit per signed-in user. Runs after the sign-in filter, so the key is the object id of a
/// validated token: nobody can spend another user's allowance by naming them in a forged token.
/// </summary>
internal sealed class TabUserRateLimitFilter(AppRateLimiters limiters, TooManyRequests tooMany) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var user = TabApiUser.Get(context.HttpContext);
        return AppRateLimiters.TryAcquire(limiters.TabUsers, user.Id.Value, out var retryAfter)
            ? await next(context)
            : tooMany.Answer(context.HttpContext, retryAfter);
    }
}
