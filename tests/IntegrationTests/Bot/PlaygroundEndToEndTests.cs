using System.Text.Json.Nodes;
using Wijkverbinder.DevTools.Playground;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Referrals;
using Wijkverbinder.IntegrationTests.Infrastructure;
using Wijkverbinder.Storage.Colleagues;
using Wijkverbinder.Storage.Referrals;

namespace Wijkverbinder.IntegrationTests.Bot;

/// <summary>
/// The real app on a socket, Microsoft 365 Agents Playground (headless) as the Teams client, driven through its
/// conversation API: install, help, register an initiative through the card, find it again.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class PlaygroundEndToEndTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task InstallHelpRegisterAndFindThroughThePlayground()
    {
        var town = await azurite.NewMunicipalityAsync();
        // The bot answers colleagues only: the Playground's user is a wijkteam member of district 2.
        await new TableColleagueDirectory(azurite.Tables, azurite.Clock).SaveAsync(town.Code, new Colleague
        {
            Id = new ColleagueId(PlaygroundUser), Kind = ColleagueKind.Person, Name = "Alex Wilber", Mail = "alexw@gemeente.example",
            Roles = [AppRole.DistrictTeam], Districts = [town.District2],
        }, CancellationToken.None);
        using var app = new TeamsAppFactory(azurite) { Settings = { ["Wijkverbinder:MunicipalityCode"] = town.Code } };
        app.UseKestrel(0);
        app.StartServer();
        using var http = app.CreateClient();
        await using var playground = await LocalPlayground.StartAsync(new Uri(http.BaseAddress!, "/api/messages"));
        await using var teams = await playground.CreateClientAsync();

        await teams.InstallAsync();
        var welcome = await teams.WaitForMessageAsync(m => m.FromId == teams.BotId && m.AdaptiveCard is not null);

        await teams.SendMessageAsync("help");
        var help = await teams.WaitForMessageAsync(m => m.FromId == teams.BotId && m.Id != welcome.Id && m.AdaptiveCard is not null);

        await teams.SendMessageAsync("registreer");
        var form = await teams.WaitForMessageAsync(m => m.FromId == teams.BotId && HasInput(m.AdaptiveCard, "name"));
        var registered = await teams.ExecuteActionAsync(form.Id, "registerInitiative", new JsonObject
        {
            ["name"] = "Buurtbibliotheek Het Boekenschip", ["district"] = town.District2, ["themes"] = "meedoen", ["initiator"] = "Joris Dekker",
        });

        await teams.SendMessageAsync("zoek");
        var findForm = await teams.WaitForMessageAsync(m => m.FromId == teams.BotId && HasInput(m.AdaptiveCard, "theme"));
        var found = await teams.ExecuteActionAsync(findForm.Id, "find", new JsonObject { ["district"] = town.District2 });

        Assert.Contains("Wijkverbinder", BotConversation.TextOf(welcome.AdaptiveCard), StringComparison.Ordinal);
        // The Playground speaks en-US, so the bot answers in English.
        Assert.Contains("What I can do", BotConversation.TextOf(help.AdaptiveCard), StringComparison.Ordinal);
        Assert.Contains("Het Boekenschip", BotConversation.TextOf(registered.Card), StringComparison.Ordinal);
        Assert.Contains("Buurtbibliotheek Het Boekenschip", BotConversation.TextOf(found.Card), StringComparison.Ordinal);
        var stored = await azurite.Store.GetDistrictNetworkAsync(town.District(town.District2), CancellationToken.None);
        Assert.Equal(["Buurtbibliotheek Het Boekenschip", "Joris Dekker"], stored.Members.Select(m => m.Name).Order());
    }

    [Fact]
    public async Task TheApplicationsUserRefersAResidentsQuestionThroughThePlayground()
    {
        var town = await azurite.NewMunicipalityAsync();
        var directory = new TableColleagueDirectory(azurite.Tables, azurite.Clock);
        var alex = new Colleague
        {
            Id = new ColleagueId(PlaygroundUser), Kind = ColleagueKind.Person, Name = "Alex Wilber", Mail = "alexw@gemeente.example",
            Roles = [AppRole.DistrictTeam], Districts = [town.District1],
        };
        var megan = alex with { Id = ColleagueId.ForPerson(Guid.NewGuid()), Name = "Megan Bowen", Mail = "meganb@gemeente.example", Roles = [AppRole.Specialist] };
        await directory.SaveAsync(town.Code, alex, CancellationToken.None);
        await directory.SaveAsync(town.Code, megan, CancellationToken.None);
        await new TableRoutingRuleStore(azurite.Tables, azurite.Clock).SaveAsync(town.Code, new RoutingRule("armoede", town.AreaA.ToString(), megan.Id), CancellationToken.None);
        using var app = new TeamsAppFactory(azurite) { Settings = { ["Wijkverbinder:MunicipalityCode"] = town.Code } };
        app.UseKestrel(0);
        app.StartServer();
        using var http = app.CreateClient();
        await using var playground = await LocalPlayground.StartAsync(new Uri(http.BaseAddress!, "/api/messages"));
        await using var teams = await playground.CreateClientAsync();
        await teams.InstallAsync();

        await teams.SendMessageAsync("refer");
        var start = await teams.WaitForMessageAsync(m => m.FromId == teams.BotId && HasInput(m.AdaptiveCard, "theme"));
        var form = await teams.ExecuteActionAsync(start.Id, "referral.form", new JsonObject { ["district"] = town.District1, ["theme"] = "armoede" });
        var sent = await teams.ExecuteActionAsync(start.Id, "referral.create", new JsonObject
        {
            ["district"] = town.District1, ["theme"] = "armoede", ["subject"] = "ResidentQuestion", ["summary"] = "Help with the energy allowance",
            ["urgency"] = "Normal", ["receiver"] = megan.Id.Value, ["personalData"] = "false",
        });

        Assert.Contains("suggested by the routing rules", BotConversation.TextOf(form.Card), StringComparison.Ordinal);
        Assert.Contains("Referral: Help with the energy allowance", BotConversation.TextOf(sent.Card), StringComparison.Ordinal);
        var referral = Assert.Single(await new TableReferralStore(azurite.Tables, new OutboxSignal(), azurite.Clock)
            .ListForColleagueAsync(town.Code, alex.Id, TimeSpan.FromDays(1), CancellationToken.None));
        Assert.Equal((megan.Id, ReferralStatus.New), (referral.Receiver, referral.Status));
    }

    /// <summary>Agents Playground's current user (Alex Wilber) as Teams sends it in aadObjectId.</summary>
    private const string PlaygroundUser = "00000000-0000-0000-0000-0000000000020";

    private static bool HasInput(JsonObject? card, string id) =>
        card?["body"] is JsonArray body && body.OfType<JsonObject>().Any(e => (string?)e["id"] == id);
}
