using Microsoft.Extensions.Options;

namespace Wijkverbinder.TeamsApp.Security;

/// <summary>
/// Adds the security headers to every response: pages, APIs, the bot endpoint, static files and errors alike.
/// Written just before the response starts, so no later component can leave them out. A page that sets a stricter
/// policy of its own (the local outbox allows no script at all) keeps it.
/// </summary>
/// <remarks>
/// There is deliberately no X-Frame-Options: it can only say DENY or SAMEORIGIN (ALLOW-FROM is gone from browsers),
/// either of which would keep the tabs out of Teams. The CSP's frame-ancestors says who may frame the pages instead.
/// </remarks>
internal sealed class SecurityHeadersMiddleware(RequestDelegate next, IOptions<SecurityOptions> options, IWebHostEnvironment environment)
{
    private readonly string policy = ContentSecurityPolicy.Build(environment.IsDevelopment() ? options.Value.ExtraFrameAncestors : []);

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            if (string.IsNullOrEmpty(headers.ContentSecurityPolicy))
            {
                headers.ContentSecurityPolicy = policy;
            }

            headers.XContentTypeOptions = "nosniff";
            // Links out of the app (the Teams deep link in a card, a partner's website) carry no path or query.
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers.Remove("X-Frame-Options");
            return Task.CompletedTask;
        });
        return next(context);
    }
}
