using Microsoft.Playwright;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.IntegrationTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Wijkverbinder.IntegrationTests.Tabs.Browser;

/// <summary>
/// Signed in through the developer sign-in as each demo persona: the navigation, which pages open and which refuse,
/// and exactly the districts and areas each may pick for the network status tab.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class TabMatrixTests(DevelopmentTabApp app) : IClassFixture<DevelopmentTabApp>
{
    private const string Refusal = "Deze pagina is er niet voor uw rol.";

    /// <summary>Who may open which page, as the product promises it (not read from the app's own table).</summary>
    public static TheoryData<string, string[]> Matrix => new()
    {
        { "wijkteam", ["referrals", "meetings", "resources", "status-configure", "programme-configure", "status", "budget"] },
        { "specialist", ["referrals", "meetings", "programme-configure"] },
        { "wijkmanager", ["referrals", "meetings", "resources", "status-configure", "programme-configure", "status", "budget"] },
        { "wijkmanager-elsewhere", ["referrals", "meetings", "resources", "status-configure", "programme-configure", "status", "budget"] },
        { "beheerder", ["referrals", "resources", "status-configure", "programme-configure", "status", "budget", "admin"] },
    };

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task EachPersonaOpensExactlyThePagesOfItsRolesAndIsToldWhyNotOnTheOthers(string persona, string[] allowed)
    {
        var who = Persona(persona);
        var page = await app.SignInAsync(who, "/tabs/referrals");
        var navigation = await page.Locator("header nav a").AllTextContentsAsync();

        foreach (var tab in TabPage.All)
        {
            await page.GotoAsync(app.Url(tab.Path.TrimStart('/') + (tab.Path.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "theme=default&locale=nl-nl"));
            await Expect(page.Locator(".signed-in")).ToContainTextAsync(who.Name);
            if (allowed.Contains(tab.Name))
            {
                await Expect(page.Locator("main h1")).ToBeVisibleAsync();
                await Expect(page.GetByText(Refusal)).ToHaveCountAsync(0);
            }
            else
            {
                await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync(Refusal);
                await Expect(page.Locator("main h1")).ToHaveCountAsync(0);
            }
        }

        // The wijkprogramma is for every role (it is meant to be shared); its page has its own browser test.
        var expectedNavigation = new[] { ("referrals", "Mijn verwijzingen"), ("meetings", "Bijeenkomsten"), ("resources", "Gedeelde middelen"), ("status", "Netwerkstatus"), ("budget", "Aanjaagbudget"), ("admin", "Beheer") }
            .Where(link => allowed.Contains(link.Item1)).Select(link => link.Item2).Append("Wijkprogramma");
        Assert.Equal(expectedNavigation, navigation.Select(text => text.Trim()));
        await page.CloseAsync();
    }

    [Theory]
    [InlineData("wijkteam")]
    [InlineData("wijkmanager-elsewhere")]
    [InlineData("beheerder")]
    public async Task TheStatusTabOffersExactlyTheDistrictsThePersonaWorksInAndTheAreasItCoversWhole(string persona)
    {
        var who = Persona(persona);
        var page = await app.SignInAsync(who, "/tabs/status/configure");
        await Expect(page.Locator("fluent-option").First).ToBeAttachedAsync();

        var offered = (await page.Locator("fluent-option").EvaluateAllAsync<string[]>("options => options.map(o => o.getAttribute('value'))")).ToList();

        var expected = app.Arnhem.Areas.SelectMany(area =>
            (area.DistrictCodes.All(who.Districts.Contains) ? [area.Id.ToString()] : Array.Empty<string>())
            .Concat(area.DistrictCodes.Where(who.Districts.Contains))).ToList();
        Assert.Equal(expected, offered);
        Assert.NotEmpty(expected);
        await page.CloseAsync();
    }

    private Colleague Persona(string key) => key switch
    {
        "wijkteam" => app.Alex,
        "specialist" => app.Megan,
        "wijkmanager" => app.ManagerOf(0),
        "wijkmanager-elsewhere" => app.ManagerOf(1),
        "beheerder" => app.Administrator,
        _ => throw new ArgumentOutOfRangeException(nameof(key)),
    };
}
