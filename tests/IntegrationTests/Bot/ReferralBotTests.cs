using System.Text.Json.Nodes;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.Domain.Referrals;
using Wijkverbinder.IntegrationTests.Infrastructure;
using Wijkverbinder.IntegrationTests.Referrals;

namespace Wijkverbinder.IntegrationTests.Bot;

/// <summary>Referring and handling referrals in Teams: the commands, the form, and the buttons on a referral's card.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class ReferralBotTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private ReferralTown town = null!;
    private StubConnector connector = null!;
    private TeamsAppFactory app = null!;

    public async Task InitializeAsync()
    {
        town = await ReferralTown.CreateAsync(azurite);
        connector = await StubConnector.StartAsync();
        app = new TeamsAppFactory(azurite) { Settings = { ["Wijkverbinder:MunicipalityCode"] = town.Code } };
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        await connector.DisposeAsync();
    }

    [Fact]
    public async Task RefersFromTheCommandWithTheSuggestedReceiverPreselected()
    {
        await town.Routing.SaveAsync(town.Code, new RoutingRule("armoede", town.Town.District1, town.Specialist.Id), CancellationToken.None);
        var chat = As(town.Referrer);

        var start = await chat.SayAsync("verwijs");
        var form = await chat.PressAsync("referral.form", new JsonObject { ["district"] = town.Town.District1, ["theme"] = "armoede" });
        var card = await chat.PressAsync("referral.create", new JsonObject
        {
            ["district"] = town.Town.District1, ["theme"] = "armoede", ["subject"] = "ResidentQuestion",
            ["summary"] = "Hulp bij de energietoeslag", ["details"] = "Bewoner weet niet waar te beginnen.", ["urgency"] = "High",
            ["receiver"] = town.Specialist.Id.Value, ["personalData"] = "false",
        });

        Assert.Contains("Over welke wijk en welk thema", BotConversation.TextOf(start), StringComparison.Ordinal);
        Assert.Contains("geen gezondheidsgegevens, geen BSN", BotConversation.TextOf(form), StringComparison.Ordinal);
        Assert.Equal(town.Specialist.Id.Value, InputValue(form, "receiver"));
        Assert.Contains("Verwijzing: Hulp bij de energietoeslag", BotConversation.TextOf(card), StringComparison.Ordinal);
        Assert.Empty(Titles(card));
        var mine = await town.Store.ListForColleagueAsync(town.Code, town.Referrer.Id, TimeSpan.FromDays(30), CancellationToken.None);
        var referral = Assert.Single(mine);
        Assert.Equal((town.Specialist.Id, Urgency.High, ReferralStatus.New), (referral.Receiver, referral.Urgency, referral.Status));
    }

    [Fact]
    public async Task ARefusedFormComesBackFilledInWithTheReasonsAndNothingIsWritten()
    {
        var chat = As(town.Referrer);

        var form = await chat.PressAsync("referral.create", new JsonObject
        {
            ["district"] = town.Town.District1, ["theme"] = "armoede", ["subject"] = "ResidentQuestion",
            ["summary"] = "Bewoner 111222333 zoekt hulp", ["receiver"] = town.Specialist.Id.Value, ["personalData"] = "true",
        });

        var text = BotConversation.TextOf(form);
        Assert.Contains("burgerservicenummer", text, StringComparison.Ordinal);
        Assert.Contains("toestemming", text, StringComparison.Ordinal);
        Assert.Equal("Bewoner 111222333 zoekt hulp", InputValue(form, "summary"));
        Assert.Empty(await town.Store.ListForColleagueAsync(town.Code, town.Referrer.Id, TimeSpan.FromDays(30), CancellationToken.None));
    }

    [Fact]
    public async Task RefersAnInitiativeFromTheFindResults()
    {
        var initiative = await azurite.Registry.CreateMemberAsync(TestTown.Initiative("Moestuin De Kroon", town.Town.District1), [], CancellationToken.None);
        var chat = As(town.Referrer);

        var found = await chat.PressAsync("find", new JsonObject { ["district"] = town.Town.District1 });
        var refer = (JsonObject)found["actions"]!.AsArray().First(a => a!["verb"]!.GetValue<string>() == "referral.start")!;
        var data = refer["data"]!.DeepClone().AsObject();
        data["initiative"] = initiative.Value!.Member.Id.ToString();
        var step = await chat.PressAsync("referral.start", data);

        Assert.Contains("Moestuin De Kroon", BotConversation.TextOf(found), StringComparison.Ordinal);
        // Without a theme the first step asks for it; the initiative travels along.
        Assert.Equal(initiative.Value.Member.Id.ToString(), step["actions"]![0]!["data"]!["initiative"]!.GetValue<string>());
    }

    [Fact]
    public async Task OnlyTheReceiverSeesButtonsAndAcceptsThenCompletes()
    {
        var referral = await town.CreateAsync(town.Draft() with { Receiver = town.Specialist.Id });
        var receiver = As(town.Specialist);
        var referrer = As(town.Referrer);
        var data = new JsonObject { ["referralId"] = referral.Id.ToString() };

        var asReferrer = await referrer.PressAsync("referral.refresh", data.DeepClone().AsObject());
        var asReceiver = await receiver.PressAsync("referral.refresh", data.DeepClone().AsObject());
        var accepted = await receiver.PressAsync("referral.accept", data.DeepClone().AsObject());
        var completed = await receiver.PressAsync("referral.complete", new JsonObject { ["referralId"] = referral.Id.ToString(), ["outcome"] = "Bewoner is geholpen." });

        Assert.Empty(Titles(asReferrer));
        Assert.Equal(["Accepteren", "Afwijzen", "Doorsturen", "Informatie vragen"], Titles(asReceiver));
        Assert.Contains("in behandeling", BotConversation.TextOf(accepted), StringComparison.Ordinal);
        Assert.Equal(["Afwijzen", "Doorsturen", "Informatie vragen", "Afronden"], Titles(accepted));
        Assert.Contains("Bewoner is geholpen.", BotConversation.TextOf(completed), StringComparison.Ordinal);
        Assert.Empty(Titles(completed));
        Assert.Equal(ReferralStatus.Completed, (await town.GetAsync(referral.Id)).Referral.Status);
    }

    [Fact]
    public async Task ADeclineWithoutAReasonAndAnActionByAStrangerAreRefusedOnTheCard()
    {
        var referral = await town.CreateAsync(town.Draft() with { Receiver = town.Specialist.Id });

        var noReason = await As(town.Specialist).PressAsync("referral.decline", new JsonObject { ["referralId"] = referral.Id.ToString(), ["reason"] = "  " });
        var stranger = await As(town.Outsider).PressAsync("referral.accept", new JsonObject { ["referralId"] = referral.Id.ToString() });

        Assert.Contains("verplicht", BotConversation.TextOf(noReason), StringComparison.Ordinal);
        Assert.Contains("Deze verwijzing bestaat niet", BotConversation.TextOf(stranger), StringComparison.Ordinal);
        Assert.Equal(ReferralStatus.New, (await town.GetAsync(referral.Id)).Referral.Status);
        Assert.Single((await town.GetAsync(referral.Id)).History);
    }

    [Fact]
    public async Task ForwardsToAColleagueWhoThenHasTheButtons()
    {
        var referral = await town.CreateAsync(town.Draft() with { Receiver = town.Specialist.Id });

        var forwarded = await As(town.Specialist).PressAsync("referral.forward", new JsonObject
        {
            ["referralId"] = referral.Id.ToString(), ["to"] = town.Manager.Id.Value, ["note"] = "Past beter bij de wijkmanager.",
        });
        var asNewReceiver = await As(town.Manager).PressAsync("referral.refresh", new JsonObject { ["referralId"] = referral.Id.ToString() });

        Assert.Contains("doorgestuurd", BotConversation.TextOf(forwarded), StringComparison.Ordinal);
        Assert.Empty(Titles(forwarded));
        Assert.Contains("Accepteren", Titles(asNewReceiver));
    }

    [Fact]
    public async Task MyReferralsListsWhatIMustHandleAndWhatISent()
    {
        await town.CreateAsync(town.Draft("Vraag over schuldhulp") with { Receiver = town.Specialist.Id });

        var specialist = await As(town.Specialist).SayAsync("mijn");
        var referrer = await As(town.Referrer).SayAsync("mine");

        Assert.Contains("Op te pakken (1)", BotConversation.TextOf(specialist), StringComparison.Ordinal);
        Assert.Contains("Vraag over schuldhulp", BotConversation.TextOf(specialist), StringComparison.Ordinal);
        Assert.Contains("Door mij verstuurd (1)", BotConversation.TextOf(referrer), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SomeoneWhoIsNotAColleagueIsToldSo()
    {
        var chat = new BotConversation(app.CreateClient(), connector);

        var card = await chat.SayAsync("verwijs");
        var pressed = await chat.PressAsync("referral.accept", new JsonObject { ["referralId"] = $"{town.Code}.R.{new string('1', 32)}" });

        Assert.Contains("niet als collega", BotConversation.TextOf(card), StringComparison.Ordinal);
        Assert.Contains("niet als collega", BotConversation.TextOf(pressed), StringComparison.Ordinal);
    }

    private BotConversation As(Colleague colleague) => new(app.CreateClient(), connector, userObjectId: colleague.Id.Value);

    /// <summary>The titles of the card's action buttons (the "open in Wijkverbinder" link is on every card).</summary>
    private static List<string> Titles(JsonObject card) =>
        card["actions"]?.AsArray().Where(a => a!["type"]!.GetValue<string>() != "Action.OpenUrl").Select(a => a!["title"]!.GetValue<string>()).ToList() ?? [];

    private static string? InputValue(JsonObject card, string id) =>
        card["body"]!.AsArray().FirstOrDefault(e => e!["id"]?.GetValue<string>() == id)?["value"]?.GetValue<string>();
}
