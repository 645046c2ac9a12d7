using System.Globalization;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.IntegrationTests.Bookings;
using Wijkverbinder.IntegrationTests.Infrastructure;
using Wijkverbinder.Storage.Successes;

namespace Wijkverbinder.IntegrationTests.Bot;

/// <summary>
/// The commands "succes", "reserveer" and "bestuur" in Teams against Azurite: each opens its form; bad input comes back
/// on the card with the input kept and stores nothing; a valid press stores; a role or place the tab API refuses is
/// refused on the card and stores nothing. Ann is of the wijkteam in district 1, Bob of the sociaal wijkteam there.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class ProgrammeFormsBotTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private BookingTown town = null!;
    private StubConnector connector = null!;
    private TeamsAppFactory app = null!;

    public async Task InitializeAsync()
    {
        town = await BookingTown.CreateAsync(azurite);
        connector = await StubConnector.StartAsync();
        app = new TeamsAppFactory(azurite)
        {
            Settings = { ["Wijkverbinder:MunicipalityCode"] = town.Code, ["Budget:BoardOfficial"] = town.People.Outsider.Id.Value },
        };
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        await connector.DisposeAsync();
    }

    [Fact]
    public async Task ASuccessWithAnHttpLinkIsRefusedOnTheCardWithItsInputThenMarkedAndAnotherRoleIsRefused()
    {
        var p = town.People;
        var successes = new TableSuccessStore(azurite.Tables);
        var fields = new JsonObject { ["initiative"] = p.Garden.Id.ToString(), ["story"] = "Veertig buren oogstten samen", ["video"] = "http://video.example/oogst" };

        var form = await As(p.Ann).SayAsync("succes");
        var refused = await As(p.Ann).PressAsync("success.submit", fields.DeepClone().AsObject());
        var afterRefusal = await successes.ListAsync(p.Town.AreaA, 10, CancellationToken.None);
        fields["video"] = "https://video.example/oogst";
        var marked = await As(p.Ann).PressAsync("success.submit", fields.DeepClone().AsObject());
        var byBob = await As(p.Bob).PressAsync("success.submit", fields.DeepClone().AsObject());

        Assert.Contains("Succes vieren", BotConversation.TextOf(form), StringComparison.Ordinal);
        Assert.Contains(p.Garden.Name, BotConversation.TextOf(form), StringComparison.Ordinal);
        Assert.Contains("Link naar een video (optioneel, https): Geef een volledig https-adres", BotConversation.TextOf(refused), StringComparison.Ordinal);
        Assert.Equal("http://video.example/oogst", InputValue(refused, "video"));
        Assert.Empty(afterRefusal);
        Assert.Contains($"Het succes van {p.Garden.Name} staat op het podium", BotConversation.TextOf(marked), StringComparison.Ordinal);
        Assert.Contains("Dit mag u niet met uw rol", BotConversation.TextOf(byBob), StringComparison.Ordinal);
        var stored = Assert.Single(await successes.ListAsync(p.Town.AreaA, 10, CancellationToken.None));
        Assert.Equal(("Veertig buren oogstten samen", "https://video.example/oogst", p.Ann.Id), (stored.Story, stored.Video?.AbsoluteUri, stored.MarkedBy));
    }

    [Fact]
    public async Task ABookingOverDaysHeldByAnotherShowsThoseDaysAndTheirStatusWithTheInputKeptThenOtherDaysAreRequested()
    {
        var p = town.People;
        var held = await town.RequestAsync(5, 7);
        var fields = new JsonObject
        {
            ["resource"] = town.Tent.Id.ToString(), ["from"] = Day(6), ["to"] = Day(8), ["purpose"] = "Burendag", ["district"] = p.Town.District1, ["initiative"] = p.Garden.Id.ToString(),
        };

        var form = await As(p.Ann).SayAsync("reserveer");
        var overlap = await As(p.Ann).PressAsync("reserve.submit", fields.DeepClone().AsObject());
        var afterOverlap = await town.RowsAsync("booking");
        fields["from"] = Day(8);
        fields["to"] = Day(9);
        var requested = await As(p.Ann).PressAsync("reserve.submit", fields.DeepClone().AsObject());
        var byBob = await As(p.Bob).PressAsync("reserve.submit", fields.DeepClone().AsObject());

        Assert.Contains("Partytent (Gebied A)", BotConversation.TextOf(form), StringComparison.Ordinal);
        var nl = new CultureInfo("nl-NL");
        Assert.Contains($"van {held.From.ToString("d MMMM yyyy", nl)} tot en met {held.To.ToString("d MMMM yyyy", nl)} al gereserveerd (aangevraagd)", BotConversation.TextOf(overlap), StringComparison.Ordinal);
        Assert.Equal((Day(6), Day(8), "Burendag"), (InputValue(overlap, "from"), InputValue(overlap, "to"), InputValue(overlap, "purpose")));
        Assert.Single(afterOverlap);
        Assert.Contains("Aangevraagd: Partytent", BotConversation.TextOf(requested), StringComparison.Ordinal);
        Assert.Contains("Mila beslist", BotConversation.TextOf(requested), StringComparison.Ordinal);
        Assert.Contains("Dit mag u niet met uw rol", BotConversation.TextOf(byBob), StringComparison.Ordinal);
        Assert.Equal(2, (await town.RowsAsync("booking")).Count);
    }

    [Fact]
    public async Task ABoardRequestWithoutAPeriodIsRefusedOnTheCardThenSentToTheOfficialAndAnotherDistrictIsRefused()
    {
        var p = town.People;
        var fields = new JsonObject { ["what"] = "Fietsschouw met de wethouder", ["district"] = p.Town.District1, ["theme"] = "meedoen", ["fromTheBoard"] = "wethouder verkeer" };

        var form = await As(p.Ann).SayAsync("bestuur");
        var refused = await As(p.Ann).PressAsync("board.submit", fields.DeepClone().AsObject());
        var afterRefusal = await ReferralRowsAsync();
        fields["preferredPeriod"] = "voorjaar";
        var sent = await As(p.Ann).PressAsync("board.submit", fields.DeepClone().AsObject());
        fields["district"] = p.Town.District3;
        var elsewhere = await As(p.Ann).PressAsync("board.submit", fields.DeepClone().AsObject());

        Assert.Contains("Toegang tot het bestuur", BotConversation.TextOf(form), StringComparison.Ordinal);
        Assert.Contains("Gewenste periode: ", BotConversation.TextOf(refused), StringComparison.Ordinal);
        Assert.Equal(("Fietsschouw met de wethouder", "wethouder verkeer"), (InputValue(refused, "what"), InputValue(refused, "fromTheBoard")));
        Assert.Empty(afterRefusal);
        Assert.Contains($"Het verzoek 'Fietsschouw met de wethouder' is verstuurd naar {p.Outsider.Name}", BotConversation.TextOf(sent), StringComparison.Ordinal);
        Assert.Contains("niet in deze wijk", BotConversation.TextOf(elsewhere), StringComparison.Ordinal);
        var row = Assert.Single(await ReferralRowsAsync());
        Assert.Equal("BoardAccess", row.GetString("Subject"));
    }

    private static string Day(int fromToday) => BookingTown.Today.AddDays(fromToday).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private async Task<IReadOnlyList<TableEntity>> ReferralRowsAsync()
    {
        var rows = new List<TableEntity>();
        await foreach (var row in azurite.Tables.Referrals.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {town.Code} and Kind eq {"referral"}")))
        {
            rows.Add(row);
        }

        return rows;
    }

    private BotConversation As(Colleague colleague) => new(app.CreateClient(), connector, userObjectId: colleague.Id.Value);

    private static string? InputValue(JsonObject card, string id) =>
        card["body"]!.AsArray().FirstOrDefault(e => e!["id"]?.GetValue<string>() == id)?["value"]?.GetValue<string>();
}
