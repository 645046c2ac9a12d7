using Microsoft.Extensions.Options;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Notifications;
using Wijkverbinder.Protocol.Authentication.Sso;

namespace Wijkverbinder.TeamsApp.Tabs.Identity;

/// <summary>
/// Turns a tab token into a <see cref="TabUser"/>: the token is checked by <see cref="SsoTokenValidator"/> and says who
/// signs in; the roles, districts and teams come from the colleague directory, as for the bot (docs/security.md,
/// "One source of roles"). The token's app roles are read for one thing only: the first Beheerder of a new
/// installation, who is in no directory yet. The same path serves the pages (once per circuit) and the tab API (on
/// every request).
/// </summary>
public sealed class TabAuthenticator(
    SsoTokenValidator tokens,
    IColleagueDirectory colleagues,
    IOptions<WijkverbinderOptions> options,
    ILogger<TabAuthenticator> logger)
{
    public async Task<TabSignIn> SignInAsync(string? token, CancellationToken cancellationToken)
    {
        var result = await tokens.ValidateAsync(token, cancellationToken);
        if (!result.IsValid)
        {
            logger.LogInformation("Tab token refused: {Reason}", result.Failure);
            return TabSignIn.Refused(TabSignInFailure.InvalidToken);
        }

        var identity = result.Identity!;
        var municipality = options.Value.MunicipalityCode;
        var colleague = ColleagueId.TryParse(identity.ObjectId, out var id)
            ? await colleagues.GetAsync(municipality, id, cancellationToken)
            : null;
        if (colleague is null && AppRoleClaims.RolesOf(identity.Roles).Contains(AppRole.Administrator) && id != default)
        {
            // The first Beheerder of a new installation is in no directory yet: they may set it up (and nothing else,
            // having no districts) until they register themselves.
            return TabSignIn.Of(new TabUser(id, identity.Name ?? id.Value, municipality, [AppRole.Administrator], [], []));
        }

        if (colleague is null)
        {
            return TabSignIn.Refused(TabSignInFailure.NotRegistered);
        }

        var user = TabUser.Of(colleague, municipality);
        return user.May(Capability.UseApp) ? TabSignIn.Of(user) : TabSignIn.RoleLess(user);
    }
}
