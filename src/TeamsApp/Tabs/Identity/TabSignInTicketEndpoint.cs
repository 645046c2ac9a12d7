using Wijkverbinder.Domain.Audit;
using Wijkverbinder.TeamsApp.Audit;
using Wijkverbinder.TeamsApp.Tabs.Api;

namespace Wijkverbinder.TeamsApp.Tabs.Identity;

/// <summary>
/// POST /api/tab-sign-in/ticket with the Teams SSO token as bearer: signs in and answers a one-time ticket for the page's
/// circuit (<see cref="TabSignInTickets"/>). A refused token gets a ticket too, which redeems to the same refusal the
/// page showed before; outside /api/tab, so the per-caller API rate limit applies, and audited like the tab API.
/// </summary>
public static class TabSignInTicketEndpoint
{
    public const string Path = "/api/tab-sign-in";

    private const string BearerPrefix = "Bearer ";

    public static WebApplication MapTabSignInTicket(this WebApplication app)
    {
        app.MapGroup(Path).WithAuditTrail(AuditOrigin.TabApi).ExcludeFromDescription().MapPost("/ticket", IssueAsync);
        return app;
    }

    private static async Task<TicketResponse> IssueAsync(HttpContext context, TabAuthenticator authenticator, TabSignInTickets tickets)
    {
        var header = context.Request.Headers.Authorization.ToString();
        var token = header.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase) ? header[BearerPrefix.Length..].Trim() : null;
        var signIn = await authenticator.SignInAsync(token, context.RequestAborted);
        // The audit entry names who signed in, or records the refusal (the answer is a ticket either way).
        if (signIn.User is { } user)
        {
            TabApiUser.Set(context, user);
        }
        else
        {
            AuditNote.Deny();
        }

        return new TicketResponse(tickets.Issue(signIn));
    }
}
