using Microsoft.Extensions.Localization;
using Wijkverbinder.TeamsApp.Resources;
using Wijkverbinder.TeamsApp.Tabs.Identity;

namespace Wijkverbinder.TeamsApp.Tabs.Api;

/// <summary>
/// Signs in every tab API request from its bearer token (Teams SSO): 401 when the token is missing or refused, 403
/// when it names someone without a role or not registered; otherwise the user is in <see cref="TabApiUser"/>. A colleague
/// without a role passes only where the endpoint's <see cref="TabCapability"/> needs no role (their own consent).
/// </summary>
internal sealed class TabUserFilter(TabAuthenticator authenticator, IStringLocalizer<TabTexts> text) : IEndpointFilter
{
    private const string BearerPrefix = "Bearer ";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var header = http.Request.Headers.Authorization.ToString();
        var token = header.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase) ? header[BearerPrefix.Length..].Trim() : null;
        var signIn = await authenticator.SignInAsync(token, http.RequestAborted);
        switch (signIn.Failure)
        {
            case TabSignInFailure.None:
                TabApiUser.Set(http, signIn.User!);
                return await next(context);
            case TabSignInFailure.NoRole when signIn.WithoutRole is { } roleLess
                && http.GetEndpoint()?.Metadata.GetMetadata<TabCapability>() is { } needed && roleLess.May(needed.Capability):
                TabApiUser.Set(http, roleLess);
                return await next(context);
            case TabSignInFailure.InvalidToken:
                http.Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\"";
                return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: text["InvalidToken"]);
            default:
                return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: text[signIn.Failure.ToString()]);
        }
    }
}
