using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.IntegrationTests.Budget;
using Wijkverbinder.IntegrationTests.Infrastructure;
using Wijkverbinder.TeamsApp.Tabs.DevSignIn;

namespace Wijkverbinder.IntegrationTests.Tabs;

/// <summary>
/// Aanjaagbudget on the tab API against Azurite: bad input is 400 naming every field and stores nothing, a grant above
/// what is left is refused with the amount left in Dutch, and amounts travel as exact text.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class TabBudgetApiTests(AzuriteFixture azurite) : IDisposable
{
    private TeamsAppFactory? app;

    public void Dispose() => app?.Dispose();

    [Fact]
    public async Task BadInputIsRefusedWithEveryFieldNamedAndNothingIsStored()
    {
        var (b, client) = await StartAsync(500m);
        var body = new { initiative = "", amount = "12,345", themes = new[] { "onbekend" }, startDate = "morgen", district = b.Referrals.Town.District1 };

        using var response = await SendAsync(client, b.Referrals.Referrer, HttpMethod.Post, "/api/tab/budget/requests", body);
        using var malformed = await SendAsync(client, b.Referrals.Referrer, HttpMethod.Post, "/api/tab/budget/requests", new { amount = 12.5 });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal(
            ["amount", "initiative", "purpose", "residentContribution", "startDate", "themes"],
            errors.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToArray());
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Empty(await b.Referrals.RowsAsync("referral"));
    }

    [Fact]
    public async Task AGrantAboveWhatIsLeftIsRefusedWithTheAmountLeftInDutchAndTheLedgerTravelsAsExactText()
    {
        var (b, client) = await StartAsync(1234.50m);
        using var submitted = await SendAsync(client, b.Referrals.Referrer, HttpMethod.Post, "/api/tab/budget/requests", new
        {
            initiative = "Buurtmoestuin", amount = "1.500,00", purpose = "Zaden", themes = new[] { "meedoen" }, residentContribution = "Tuinieren",
            startDate = DateOnly.FromDateTime(b.Referrals.Clock.GetUtcNow().UtcDateTime).AddDays(10).ToString("yyyy-MM-dd"), district = b.Referrals.Town.District1,
        });
        Assert.Equal(HttpStatusCode.Created, submitted.StatusCode);
        var id = (await submitted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        var checklist = new[] { new { criterion = "no-private-interest", met = true, note = (string?)null } };

        using var tooMuch = await SendAsync(client, b.Referrals.Ann, HttpMethod.Post, $"/api/tab/budget/requests/{id}/grant", new { amount = "1500.00", reason = "Mooi", checklist });
        using var notHolder = await SendAsync(client, b.Referrals.Outsider, HttpMethod.Post, $"/api/tab/budget/requests/{id}/grant", new { amount = "10.00", reason = "Mooi", checklist });
        using var granted = await SendAsync(client, b.Referrals.Ann, HttpMethod.Post, $"/api/tab/budget/requests/{id}/grant", new { amount = "1234.50", reason = "Bijna alles", checklist });
        using var overview = await SendAsync(client, b.Referrals.Manager, HttpMethod.Get, "/api/tab/budget");

        Assert.Equal(HttpStatusCode.BadRequest, tooMuch.StatusCode);
        var reason = (await tooMuch.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("amount")[0].GetString();
        Assert.Equal($"Er is nog € 1.234,50 over in Gebied A voor {b.Year}. Ken hoogstens dat bedrag toe.", reason);
        Assert.Equal(HttpStatusCode.Forbidden, notHolder.StatusCode);
        Assert.Equal(HttpStatusCode.OK, granted.StatusCode);
        Assert.Equal("1234.50", (await granted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("granted").GetString());
        var areaA = (await overview.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("areas").EnumerateArray().First(a => a.GetProperty("name").GetString() == "Gebied A");
        Assert.Equal(("1234.50", "1234.50", "0.00"), (areaA.GetProperty("amount").GetString(), areaA.GetProperty("granted").GetString(), areaA.GetProperty("left").GetString()));
    }

    private async Task<(BudgetTown Town, HttpClient Client)> StartAsync(decimal budget)
    {
        var town = await BudgetTown.CreateAsync(azurite, budget);
        app = new TeamsAppFactory(azurite);
        app.Settings["Wijkverbinder:MunicipalityCode"] = town.Referrals.Code;
        app.Settings["Budget:Criteria:0"] = "no-private-interest|Geen privébelang|No private interest";
        app.Settings["Budget:Criteria:1"] = "applied-before|Aangevraagd vóór de activiteit|Applied before the activity|AppliedBeforeStart";
        return (town, app.CreateClient());
    }

    private Task<HttpResponseMessage> SendAsync(HttpClient client, Colleague who, HttpMethod method, string url, object? body = null)
    {
        var request = new HttpRequestMessage(method, url) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", app!.Services.GetRequiredService<DevelopmentTokenIssuer>().Issue(who));
        return client.SendAsync(request);
    }
}
