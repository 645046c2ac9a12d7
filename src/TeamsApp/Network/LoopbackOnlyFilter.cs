using System.Net;
using Wijkverbinder.TeamsApp.Problems;

namespace Wijkverbinder.TeamsApp.Network;

/// <summary>
/// Refuses every request that does not come from this machine. The network API has no sign-in yet, so it must not be
/// reachable from anywhere else; Teams SSO replaces this guard.
/// </summary>
internal sealed class LoopbackOnlyFilter(ApiProblems problems) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var remote = context.HttpContext.Connection.RemoteIpAddress;
        if (remote is null || !IPAddress.IsLoopback(remote))
        {
            return problems.Forbidden();
        }

        return await next(context);
    }
}
