using System.Text.Json.Nodes;
using Wijkverbinder.TeamsApp.Tabs.Identity;

namespace Wijkverbinder.Package.Tests;

/// <summary>The SSO app registration's definition in infra/entra (the guide PATCHes it onto the registration with az rest).</summary>
public sealed class EntraRegistrationTests
{
    /// <summary>Teams desktop and mobile, and Teams on the web: the clients that ask Entra for the tab's token.</summary>
    private static readonly string[] TeamsClients = ["1fec8e78-bce4-4aaf-ab1b-5451cc387264", "5e3ce6c0-2b1f-4285-8d4b-75ee78787346"];

    private readonly JsonNode app = Read("sso-app.json");
    private readonly JsonNode preauthorize = Read("sso-preauthorize.json");

    [Fact]
    public void App_roles_are_exactly_the_roles_the_tabs_read()
    {
        var roles = app["appRoles"]!.AsArray();
        Assert.Equal(AppRoleClaims.Values.Order(StringComparer.Ordinal), roles.Select(r => r!["value"]!.GetValue<string>()).Order(StringComparer.Ordinal));
        Assert.All(roles, r => Assert.Equal(["User"], r!["allowedMemberTypes"]!.AsArray().Select(m => m!.GetValue<string>())));
        Assert.Equal(roles.Count, roles.Select(r => r!["id"]!.GetValue<string>()).Distinct().Count());
    }

    [Fact]
    public void The_exposed_scope_is_access_as_user_and_only_the_teams_clients_are_pre_authorized_for_it()
    {
        var scope = Assert.Single(app["api"]!["oauth2PermissionScopes"]!.AsArray())!;
        Assert.Equal("access_as_user", scope["value"]!.GetValue<string>());
        Assert.True(JsonNode.DeepEquals(app["api"]!["oauth2PermissionScopes"], preauthorize["api"]!["oauth2PermissionScopes"]));

        var clients = preauthorize["api"]!["preAuthorizedApplications"]!.AsArray();
        Assert.Equal(TeamsClients, clients.Select(c => c!["appId"]!.GetValue<string>()));
        Assert.All(clients, c => Assert.Equal([scope["id"]!.GetValue<string>()], c!["delegatedPermissionIds"]!.AsArray().Select(i => i!.GetValue<string>())));
    }

    private static JsonNode Read(string file) => JsonNode.Parse(File.ReadAllText(Path.Combine(Repo.Infra, "entra", file)))!;
}
