using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Conversations;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.IntegrationTests.Infrastructure;
using Wijkverbinder.Storage.Colleagues;
using Wijkverbinder.Storage.Conversations;

namespace Wijkverbinder.IntegrationTests.Bot;

/// <summary>The bot end to end: activities in through /api/messages, cards out through a stub Bot Connector.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class BotTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private TestTown town = null!;
    private StubConnector connector = null!;
    private TeamsAppFactory app = null!;
    private Colleague? member;

    public async Task InitializeAsync()
    {
        town = await azurite.NewMunicipalityAsync();
        connector = await StubConnector.StartAsync();
        app = new TeamsAppFactory(azurite) { Settings = { ["Wijkverbinder:MunicipalityCode"] = town.Code } };
        await new TableColleagueDirectory(azurite.Tables, azurite.Clock).SaveAsync(town.Code, Member, CancellationToken.None);
    }

    /// <summary>The Teams user of these chats: a wijkteam member of every district (the bot answers colleagues only).</summary>
    private Colleague Member => member ??= new Colleague
    {
        Id = ColleagueId.ForPerson(Guid.NewGuid()), Kind = ColleagueKind.Person, Name = "Wim", Mail = "wim@gemeente.example",
        Roles = [AppRole.DistrictTeam], Districts = [town.District1, town.District2, town.District3],
    };

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        await connector.DisposeAsync();
    }

    [Fact]
    public async Task WelcomesOnInstallAndKeepsTheAddressUntilUninstalled()
    {
        var chat = new BotConversation(app.CreateClient(), connector, userObjectId: Member.Id.Value);
        var added = chat.Activity("conversationUpdate");
        added["membersAdded"] = new JsonArray(new JsonObject { ["id"] = BotConversation.BotId });

        await chat.PostAsync(added);
        var welcome = BotConversation.CardOf(await connector.WaitForAsync(chat.ConversationId, _ => true));

        Assert.Contains("Welkom bij Wijkverbinder", BotConversation.TextOf(welcome), StringComparison.Ordinal);
        var directory = new TableConversationDirectory(azurite.Tables);
        var address = await directory.FindAsync(chat.TenantId, ConversationKind.Personal, chat.UserObjectId, CancellationToken.None);
        Assert.NotNull(address);
        Assert.Equal((chat.ConversationId, connector.ServiceUrl, BotConversation.BotId), (address.ConversationId, address.ServiceUrl, address.BotId));

        var removed = chat.Activity("installationUpdate");
        removed["action"] = "remove";
        await chat.PostAsync(removed);
        await WaitUntilAsync(async () => (await directory.FindAsync(chat.TenantId, ConversationKind.Personal, chat.UserObjectId, CancellationToken.None))!.Installed == false);
    }

    [Theory]
    [InlineData("help", "Wat ik kan")]
    [InlineData("koffie", "Dat ken ik niet: \"koffie\"")]
    [InlineData("registreer", "Bewonersinitiatief registreren")]
    [InlineData("zoek", "Initiatieven en partners zoeken")]
    [InlineData("wijk Atlantis", "Die wijk ken ik niet: \"Atlantis\"")]
    public async Task AnswersEveryMessageWithACard(string text, string expected)
    {
        var chat = new BotConversation(app.CreateClient(), connector, userObjectId: Member.Id.Value);

        var card = await chat.SayAsync(text);

        Assert.Contains(expected, BotConversation.TextOf(card), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SpeaksEnglishToAnEnglishTeams()
    {
        var chat = new BotConversation(app.CreateClient(), connector, locale: "en-GB", userObjectId: Member.Id.Value);

        var card = await chat.SayAsync("hulp");

        Assert.Contains("What I can do", BotConversation.TextOf(card), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RegistersAnInitiativeWithItsInitiatorAndFindsItAgain()
    {
        var chat = new BotConversation(app.CreateClient(), connector, userObjectId: Member.Id.Value);

        var done = await chat.PressAsync("registerInitiative", new JsonObject
        {
            ["name"] = "Moestuin De Kroon", ["district"] = town.District1, ["themes"] = "meedoen,armoede",
            ["initiator"] = "Sanne Visser", ["description"] = "Samen groente kweken.",
        });
        var found = await chat.PressAsync("find", new JsonObject { ["district"] = town.District1, ["theme"] = "armoede" });
        var summary = await chat.SayAsync($"wijk {town.District1}");

        Assert.Contains("Moestuin De Kroon staat nu in het netwerk van Wijk Eén", BotConversation.TextOf(done), StringComparison.Ordinal);
        Assert.Contains("Moestuin De Kroon", BotConversation.TextOf(found), StringComparison.Ordinal);
        Assert.DoesNotContain("Sanne Visser", BotConversation.TextOf(found), StringComparison.Ordinal);
        Assert.Contains("Leden van het netwerk | 2", BotConversation.TextOf(summary), StringComparison.Ordinal);
        var view = await azurite.Store.GetDistrictNetworkAsync(town.District(town.District1), CancellationToken.None);
        var initiative = Assert.Single(view.Members.OfType<Initiative>());
        var initiator = Assert.Single(view.Members.OfType<Person>());
        Assert.Equal(["meedoen", "armoede"], initiative.Themes);
        Assert.Equal([PersonRole.Initiator], initiator.Roles);
        var tie = Assert.Single(view.Ties);
        Assert.Equal((initiator.Id, initiative.Id, TieType.MemberOf), (tie.From, tie.To, tie.Type));
    }

    [Fact]
    public async Task ShowsTheReasonsOnTheFormAndWritesNothing()
    {
        var chat = new BotConversation(app.CreateClient(), connector, userObjectId: Member.Id.Value);

        var form = await chat.PressAsync("registerInitiative", new JsonObject
        {
            ["name"] = " ", ["district"] = town.District1, ["initiator"] = "Bewoner 111222333", ["description"] = "Zomaar",
        });

        var text = BotConversation.TextOf(form);
        Assert.Contains("Nog niet opgeslagen", text, StringComparison.Ordinal);
        Assert.Contains("Naam van het initiatief: Dit veld is verplicht.", text, StringComparison.Ordinal);
        Assert.Contains("Initiatiefnemer (naam, optioneel): Dit lijkt een burgerservicenummer", text, StringComparison.Ordinal);
        Assert.Contains("Zomaar", text, StringComparison.Ordinal);
        Assert.Empty((await azurite.Store.GetAreaNetworkAsync(town.AreaA, CancellationToken.None)).Members);
    }

    [Fact]
    public async Task KeepsTheChannelAndWelcomesTheTeamWhenAddedToATeam()
    {
        var added = Payload("conversation-update-team-members-added.json");
        using var client = app.CreateClient();

        using var response = await client.PostAsJsonAsync("/api/messages", added);

        Assert.Equal(System.Net.HttpStatusCode.Accepted, response.StatusCode);
        var channel = added["conversation"]!["id"]!.GetValue<string>();
        var welcome = BotConversation.CardOf(await connector.WaitForAsync(channel, _ => true));
        Assert.Contains("Welkom", BotConversation.TextOf(welcome), StringComparison.Ordinal);
        var address = await new TableConversationDirectory(azurite.Tables)
            .FindAsync(added["channelData"]!["tenant"]!["id"]!.GetValue<string>(), ConversationKind.Channel, channel, CancellationToken.None);
        Assert.Equal((channel, added["channelData"]!["team"]!["id"]!.GetValue<string>()), (address!.ConversationId, address.TeamId));
    }

    [Fact]
    public async Task AnswersAChannelMessageThatMentionsIt()
    {
        var message = Payload("channel-message-with-mention.json");
        var mention = message["entities"]!.AsArray().First(e => e!["type"]!.GetValue<string>() == "mention")!["text"]!.GetValue<string>();
        message["text"] = $"{mention} wijk {town.District3}";
        await new TableColleagueDirectory(azurite.Tables, azurite.Clock).SaveAsync(town.Code, Member with { Id = new ColleagueId(message["from"]!["aadObjectId"]!.GetValue<string>()) }, CancellationToken.None);
        using var client = app.CreateClient();

        using var response = await client.PostAsJsonAsync("/api/messages", message);

        var reply = await connector.WaitForAsync(message["conversation"]!["id"]!.GetValue<string>(), _ => true);
        Assert.Equal(message["id"]!.GetValue<string>(), reply["replyToId"]!.GetValue<string>());
        // This payload comes from an English Teams.
        Assert.Contains("District Wijk Drie", BotConversation.TextOf(BotConversation.CardOf(reply)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MarksAConversationBlockedWhenTeamsSaysTheUserBlockedTheBot()
    {
        var chat = new BotConversation(app.CreateClient(), connector, userObjectId: Member.Id.Value);
        var added = chat.Activity("installationUpdate");
        added["action"] = "add";
        await chat.PostAsync(added);
        var directory = new TableConversationDirectory(azurite.Tables);
        await WaitUntilAsync(async () => await directory.FindAsync(chat.TenantId, ConversationKind.Personal, chat.UserObjectId, CancellationToken.None) is not null);
        connector.Blocked[chat.ConversationId] = 0;

        var message = chat.Activity("message");
        message["text"] = "help";
        await chat.PostAsync(message);

        await WaitUntilAsync(async () => (await directory.FindAsync(chat.TenantId, ConversationKind.Personal, chat.UserObjectId, CancellationToken.None))!.Blocked);
        Assert.Equal(1, connector.Blocked[chat.ConversationId]);
    }

    [Fact]
    public async Task AnUnknownButtonGetsACardNotAnError()
    {
        var chat = new BotConversation(app.CreateClient(), connector, userObjectId: Member.Id.Value);

        var card = await chat.PressAsync("selfDestruct");

        Assert.Contains("Deze knop ken ik niet", BotConversation.TextOf(card), StringComparison.Ordinal);
    }

    /// <summary>A saved Teams payload, sent to this test's stub connector instead of Teams' own.</summary>
    private JsonObject Payload(string file)
    {
        var payload = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Payloads", file)))!.AsObject();
        payload["serviceUrl"] = connector.ServiceUrl;
        payload["id"] = Guid.NewGuid().ToString("N");
        return payload;
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        using var cancel = new CancellationTokenSource(TimeSpan.FromMinutes(1)); // ends as soon as the condition holds
        while (!await condition())
        {
            await Task.Delay(25, cancel.Token);
        }
    }
}
