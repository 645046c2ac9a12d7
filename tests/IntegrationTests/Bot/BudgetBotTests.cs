using System.Text.Json.Nodes;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Referrals;
using Wijkverbinder.IntegrationTests.Budget;
using Wijkverbinder.IntegrationTests.Infrastructure;

namespace Wijkverbinder.IntegrationTests.Bot;

/// <summary>Aanjaagbudget in Teams: the form from the command, refusals on the card with the input kept, and the holder's assessment card.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class BudgetBotTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private BudgetTown town = null!;
    private StubConnector connector = null!;
    private TeamsAppFactory app = null!;

    public async Task InitializeAsync()
    {
        town = await BudgetTown.CreateAsync(azurite, 1234.50m);
        connector = await StubConnector.StartAsync();
        app = new TeamsAppFactory(azurite)
        {
            Settings =
            {
                ["Wijkverbinder:MunicipalityCode"] = town.Referrals.Code,
                ["Budget:Criteria:0"] = "no-private-interest|Geen privébelang|No private interest",
                ["Budget:Criteria:1"] = "applied-before|Aangevraagd vóór de activiteit|Applied before the activity|AppliedBeforeStart",
            },
        };
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        await connector.DisposeAsync();
    }

    [Fact]
    public async Task ARequestFromTheFormIsRefusedOnTheCardWithItsInputThenSentAndTheHolderDecidesOnTheAssessmentCard()
    {
        var t = town.Referrals;
        var chat = As(t.Referrer);
        var start = DateOnly.FromDateTime(t.Clock.GetUtcNow().UtcDateTime).AddDays(20).ToString("yyyy-MM-dd");
        var fields = new JsonObject
        {
            ["initiative"] = "Buurtmoestuin", ["amount"] = "12,345", ["purpose"] = "Zaden", ["district"] = t.Town.District1, ["themes"] = "meedoen",
            ["residentContribution"] = "Bewoners tuinieren", ["startDate"] = start,
        };

        var form = await chat.SayAsync("aanjaagbudget");
        var refused = await chat.PressAsync("budget.submit", fields.DeepClone().AsObject());
        Assert.Empty(await t.RowsAsync("referral"));
        fields["amount"] = "1.500,00";
        var sent = await chat.PressAsync("budget.submit", fields.DeepClone().AsObject());

        Assert.Contains("Aanjaagbudget aanvragen", BotConversation.TextOf(form), StringComparison.Ordinal);
        Assert.Contains("hoogstens twee cijfers achter de komma", BotConversation.TextOf(refused), StringComparison.Ordinal);
        Assert.Equal("12,345", InputValue(refused, "amount"));
        Assert.Contains("Sociaal wijkteam", BotConversation.TextOf(sent), StringComparison.Ordinal);
        var request = Assert.Single(await town.Service.RequestsAsync(t.Town.AreaA, town.Year, CancellationToken.None));

        var holder = As(t.Ann);
        var id = new JsonObject { ["referralId"] = request.Id.ToString() };
        var assessment = await holder.PressAsync("budget.assess", id);
        var tooMuch = await holder.PressAsync("budget.grant", Decision(request.Id, "1500.00"));
        var granted = await holder.PressAsync("budget.grant", Decision(request.Id, "1234.50"));

        Assert.Contains("Over in Gebied A", BotConversation.TextOf(assessment), StringComparison.Ordinal);
        Assert.Contains("Aangevraagd vóór de activiteit: ja", BotConversation.TextOf(assessment), StringComparison.Ordinal);
        Assert.Contains("Er is nog € 1.234,50 over in Gebied A", BotConversation.TextOf(tooMuch), StringComparison.Ordinal);
        Assert.Equal("1500.00", InputValue(tooMuch, "amount"));
        Assert.Contains("Toegekend: € 1.234,50 voor Buurtmoestuin", BotConversation.TextOf(granted), StringComparison.Ordinal);
        Assert.Equal(ReferralStatus.Completed, (await t.GetAsync(request.Id)).Referral.Status);
        Assert.Equal(0m, (await town.LedgerAsync()).Left);
    }

    private static JsonObject Decision(ReferralId id, string amount) => new()
    {
        ["referralId"] = id.ToString(), ["amount"] = amount, ["reason"] = "Past in Meedoen", ["met.no-private-interest"] = "true",
    };

    private BotConversation As(Colleague colleague) => new(app.CreateClient(), connector, userObjectId: colleague.Id.Value);

    private static string? InputValue(JsonObject card, string id) =>
        card["body"]!.AsArray().FirstOrDefault(e => e!["id"]?.GetValue<string>() == id)?["value"]?.GetValue<string>();
}
