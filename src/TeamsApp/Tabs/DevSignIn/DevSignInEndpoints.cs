using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Notifications;
using Wijkverbinder.TeamsApp.Network;
using Wijkverbinder.TeamsApp.Problems;
using Wijkverbinder.TeamsApp.Resources;

namespace Wijkverbinder.TeamsApp.Tabs.DevSignIn;

/// <summary>
/// The developer sign-in: outside Teams, on this machine, in Development only, pick a demo persona and get a token
/// for it, kept in the browser tab's session storage (see wwwroot/js/dev-sign-in.js). Not mapped in any other
/// environment, so in Production the page does not exist.
/// </summary>
internal static class DevSignInEndpoints
{
    public const string Path = "/dev/sign-in";

    public static WebApplication MapDevSignIn(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            return app;
        }

        var group = app.MapGroup(Path).AddEndpointFilter<LoopbackOnlyFilter>().ExcludeFromDescription();
        group.MapGet("/", Page);
        group.MapPost("/token", Token);
        return app;
    }

    private static async Task<IResult> Page(
        IColleagueDirectory directory,
        IOptions<WijkverbinderOptions> options,
        IStringLocalizer<TabTexts> text,
        CancellationToken cancellationToken)
    {
        var people = (await directory.ListAsync(options.Value.MunicipalityCode, cancellationToken))
            .Where(c => c.Kind == ColleagueKind.Person)
            .OrderBy(c => c.Roles.Min())
            .ThenBy(c => c.Name, StringComparer.Ordinal);
        var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var html = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"<!DOCTYPE html><html lang=\"{language}\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<title>").Append(Encode(text["DevSignInTitle"])).Append("</title>")
            .Append("<link rel=\"stylesheet\" href=\"/css/dev-sign-in.css\"></head><body><main>")
            .Append("<h1>").Append(Encode(text["DevSignInTitle"])).Append("</h1>")
            .Append("<p class=\"warning\" role=\"note\">").Append(Encode(text["DevSignInWarning"])).Append("</p>")
            .Append("<table><caption>").Append(Encode(text["DevSignInPick"])).Append("</caption><thead><tr><th scope=\"col\">")
            .Append(Encode(text["DevSignInPick"])).Append("</th><th scope=\"col\">").Append(Encode(text["DevSignInRoles"]))
            .Append("</th><th scope=\"col\">").Append(Encode(text["DevSignInDistricts"])).Append("</th></tr></thead><tbody>");
        foreach (var person in people)
        {
            var roles = string.Join(", ", person.Roles.Select(role => text["Role_" + role].Value));
            html.Append("<tr><td><button type=\"button\" data-colleague=\"").Append(Encode(person.Id.Value)).Append("\">")
                .Append(Encode(person.Name)).Append("</button></td><td>").Append(Encode(roles)).Append("</td><td>")
                .Append(Encode(string.Join(", ", person.Districts))).Append("</td></tr>");
        }

        html.Append("</tbody></table></main><script type=\"module\" src=\"/js/dev-sign-in.js\"></script></body></html>");
        return Results.Content(html.ToString(), "text/html; charset=utf-8");
    }

    private static async Task<IResult> Token(
        DevSignInRequest request,
        IColleagueDirectory directory,
        IOptions<WijkverbinderOptions> options,
        DevelopmentTokenIssuer issuer,
        ApiProblems problems,
        CancellationToken cancellationToken)
    {
        var colleague = ColleagueId.TryParse(request.Colleague, out var id)
            ? await directory.GetAsync(options.Value.MunicipalityCode, id, cancellationToken)
            : null;
        if (colleague is not { Kind: ColleagueKind.Person })
        {
            return problems.Invalid([new("colleague", Domain.Validation.ValidationCodes.UnknownColleague, request.Colleague ?? string.Empty)]);
        }

        return Results.Ok(new DevSignInResponse(issuer.Issue(colleague)));
    }

    private static string Encode(string? value) => WebUtility.HtmlEncode(value ?? string.Empty);
}
