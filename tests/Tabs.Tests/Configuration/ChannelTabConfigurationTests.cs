using System.Globalization;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.Tabs.Tests.Fakes;
using Wijkverbinder.TeamsApp.Tabs.Configuration;
using Wijkverbinder.TeamsApp.Tabs.Identity;
using Wijkverbinder.TeamsApp.Tabs.Programme;
using Wijkverbinder.TeamsApp.Tabs.Shell;

namespace Wijkverbinder.Tabs.Tests.Configuration;

/// <summary>
/// The channel tab's configuration: what to pin (the kinds the user's roles allow), the areas offered for the
/// programme (every area of the municipality, those the user works in first), nothing chosen until the user chooses,
/// and the settings Teams saves for the choice.
/// </summary>
public sealed class ChannelTabConfigurationTests : TabTestContext
{
    private static readonly Municipality Town = new(
        "GM0202",
        "Proefgemeente",
        [new Area(new AreaId("GM0202", "W1"), "Noord", ["WK020201"]), new Area(new AreaId("GM0202", "W2"), "Zuid", ["WK020202"])],
        [new District("WK020201", "Centrum", new AreaId("GM0202", "W1")), new District("WK020202", "Malburgen", new AreaId("GM0202", "W2"))],
        [new Theme("armoede", "Armoede")]);

    private static readonly TabUser Team = User("Alex", [AppRole.DistrictTeam], "WK020202");
    private static readonly TabUser Specialist = User("Megan", [AppRole.Specialist]);

    public ChannelTabConfigurationTests()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("nl");
        var network = new InMemoryMunicipalityStore(Town);
        Services.AddSingleton<INetworkStore>(network);
        Services.AddSingleton<ProgrammeTabQueries>();
        Services.AddSingleton<StatusScopes>();
        Navigation.NavigateTo("/tabs/programme/configure?locale=nl-nl&theme=dark");
    }

    private NavigationManager Navigation => Services.GetRequiredService<NavigationManager>();

    [Fact]
    public void TheProgrammeOffersEveryAreaTheUsersOwnFirstWithNothingChosen()
    {
        var page = RenderFor<ConfigureProgrammeTabPage>(Team);

        var options = page.WaitForElements("#area option");
        Assert.Equal([("", "Kies een gebied"), ("GM0202.W2", "Zuid"), ("GM0202.W1", "Noord")],
            options.Select(o => (o.GetAttribute("value"), o.TextContent)));
        Assert.Equal(string.Empty, page.Find("#area").GetAttribute("value"));
        // Outside Teams the link to the chosen page appears only once there is a choice.
        Assert.Empty(page.FindAll("fluent-anchor"));
    }

    [Fact]
    public void TheChosenAreasSettingsOpenItsProgrammeWithTeamsPlaceholdersAndNameIt()
    {
        var page = RenderFor<ConfigureProgrammeTabPage>(Team);

        page.WaitForElement("#area");
        page.Change("#area", "GM0202.W1");

        var settings = page.FindComponent<ChannelTabConfigurator>().Instance.Settings();
        Assert.Equal("http://localhost/tabs/programme?area=GM0202.W1&locale={locale}&theme={theme}", settings.ContentUrl);
        Assert.Equal("http://localhost/tabs/programme?area=GM0202.W1", settings.WebsiteUrl);
        Assert.Equal("programme-GM0202.W1", settings.EntityId);
        Assert.Equal("Wijkprogramma Noord", settings.DisplayName);
        Assert.Equal("tabs/programme?area=GM0202.W1&locale=nl-nl&theme=dark", page.Find("fluent-anchor").GetAttribute("href"));
    }

    [Fact]
    public void InEnglishTheSuggestedNameIsEnglish()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("en");
        var page = RenderFor<ConfigureProgrammeTabPage>(Team);

        page.WaitForElement("#area");
        page.Change("#area", "GM0202.W2");

        Assert.Equal("Choose an area", page.Find("#area option").TextContent);
        Assert.Equal("Neighbourhood programme Zuid", page.FindComponent<ChannelTabConfigurator>().Instance.Settings().DisplayName);
    }

    [Fact]
    public void InTeamsSaveIsEnabledOnlyOnceAnAreaIsChosen()
    {
        var module = JSInterop.SetupModule("./js/tab.js");
        var page = Render<ConfigureProgrammeTabPage>(builder =>
        {
            builder.AddCascadingValue(Team);
            builder.AddCascadingValue(new TabHost(true, "default", "nl-nl"));
        });
        page.WaitForAssertion(() => Assert.Single(module.Invocations, i => i.Identifier == "setConfigValid"));

        page.Change("#area", "GM0202.W2");

        page.WaitForAssertion(() => Assert.Equal([false, true],
            module.Invocations.Where(i => i.Identifier == "setConfigValid").Select(i => (bool)i.Arguments[0]!)));
        var configure = Assert.Single(module.Invocations, i => i.Identifier == "configure");
        Assert.Equal("Wijkprogramma ", configure.Arguments[1]);
        // In Teams the choice is saved, not opened: no link to the page.
        Assert.Empty(page.FindAll("fluent-anchor"));
    }

    [Fact]
    public void AColleagueWhoMaySeeTheStatusChoosesWhatToPinAndGoesToThatKindsPageKeepingThemeAndLocale()
    {
        var page = RenderFor<ConfigureProgrammeTabPage>(Team);

        Assert.Equal(["kind-status", "kind-programme"], page.FindAll("input[name=tab-kind]").Select(i => i.Id));
        Assert.True(page.Find("#kind-programme").HasAttribute("checked"));
        Assert.False(page.Find("#kind-status").HasAttribute("checked"));

        page.Change("#kind-status", true);

        Assert.Equal("http://localhost/tabs/status/configure?locale=nl-nl&theme=dark", Navigation.Uri);
    }

    [Fact]
    public void ASpecialistPinsOnlyTheProgrammeAndIsRefusedTheStatusConfiguration()
    {
        var programme = RenderFor<ConfigureProgrammeTabPage>(Specialist);
        programme.WaitForElements("#area option");
        Assert.Empty(programme.FindAll("input[name=tab-kind]"));

        var status = RenderFor<ConfigureStatusTabPage>(Specialist);
        Assert.Contains("Deze pagina is er niet voor uw rol.", status.Find("[role=alert]").TextContent, StringComparison.Ordinal);
        Assert.Empty(status.FindAll("fluent-select"));
    }

    [Theory]
    [InlineData(AppRole.DistrictTeam, "tabs/status/configure")]
    [InlineData(AppRole.SocialDistrictTeam, "tabs/status/configure")]
    [InlineData(AppRole.Specialist, "tabs/programme/configure")]
    public void TheManifestsConfigurationPageSendsOnToTheFirstKindTheUserMayPin(AppRole role, string path)
    {
        Navigation.NavigateTo("/tabs/configure?locale=en-us&theme=contrast");

        RenderFor<ConfigureTabPage>(User("Sam", [role], "WK020201"));

        Assert.Equal($"http://localhost/{path}?locale=en-us&theme=contrast", Navigation.Uri);
    }
}
