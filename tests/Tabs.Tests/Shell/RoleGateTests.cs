using System.Globalization;
using Bunit;
using Microsoft.AspNetCore.Components;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.TeamsApp.Tabs.Shell;

namespace Wijkverbinder.Tabs.Tests.Shell;

public sealed class RoleGateTests : TabTestContext
{
    public RoleGateTests() => CultureInfo.CurrentUICulture = new CultureInfo("nl");

    [Fact]
    public void ShowsTheContentToAUserWithOneOfTheRoles()
    {
        var gate = RenderFor<RoleGate>(User("Beheerder", [AppRole.Administrator]), p => p
            .Add(g => g.Roles, TabRoles.Admin)
            .Add(g => g.ChildContent, (RenderFragment)(b => b.AddMarkupContent(0, "<p id=\"secret\">beheer</p>"))));

        Assert.Equal("beheer", gate.Find("#secret").TextContent);
    }

    [Fact]
    public void TellsAUserWithoutTheRoleWhyNotAndHidesTheContent()
    {
        var gate = RenderFor<RoleGate>(User("Specialist", [AppRole.Specialist], "WK020201"), p => p
            .Add(g => g.Roles, TabRoles.Admin)
            .Add(g => g.ChildContent, (RenderFragment)(b => b.AddMarkupContent(0, "<p id=\"secret\">beheer</p>"))));

        Assert.Empty(gate.FindAll("#secret"));
        Assert.Contains("Deze pagina is er niet voor uw rol.", gate.Markup, StringComparison.Ordinal);
    }
}
