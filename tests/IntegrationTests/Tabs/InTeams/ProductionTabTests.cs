using System.Net;
using Microsoft.Playwright;
using Wijkverbinder.IntegrationTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Wijkverbinder.IntegrationTests.Tabs.InTeams;

/// <summary>Outside Development the developer sign-in does not exist, and a page opened outside Teams says to open it in Teams.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class ProductionTabTests(InTeamsApp app) : IClassFixture<InTeamsApp>
{
    [Fact]
    public async Task TheDeveloperSignInDoesNotExist()
    {
        using var client = new HttpClient { BaseAddress = app.BaseAddress };

        using var page = await client.GetAsync("/dev/sign-in");
        using var token = await client.PostAsync("/dev/sign-in/token", new StringContent("{\"colleague\":\"" + app.Alex.Id.Value + "\"}", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, token.StatusCode);
    }

    [Fact]
    public async Task APageOpenedOutsideTeamsAsksToBeOpenedInTeamsAndShowsNoPersonas()
    {
        var page = await app.Browser.NewPageAsync(new() { Locale = "nl-NL" });

        await page.GotoAsync(app.Url("tabs/referrals?locale=nl-nl"));

        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Open deze pagina als tabblad in Microsoft Teams");
        Assert.DoesNotContain("/dev/sign-in", page.Url, StringComparison.Ordinal);
        await Expect(page.Locator("button[data-colleague]")).ToHaveCountAsync(0);
        await Expect(page.Locator(".signed-in")).ToHaveCountAsync(0);
        await page.CloseAsync();
    }
}
