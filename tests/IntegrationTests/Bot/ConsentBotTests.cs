using System.Text.Json.Nodes;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.IntegrationTests.Infrastructure;
using Wijkverbinder.IntegrationTests.Referrals;

namespace Wijkverbinder.IntegrationTests.Bot;

/// <summary>"Toestemming" in Teams: a person sees their own entries and withdraws or gives the opt-in; nobody else can.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class ConsentBotTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private ReferralTown town = null!;
    private StubConnector connector = null!;
    private TeamsAppFactory app = null!;
    private Member ann = null!;

    public async Task InitializeAsync()
    {
        town = await ReferralTown.CreateAsync(azurite);
        connector = await StubConnector.StartAsync();
        app = new TeamsAppFactory(azurite) { Settings = { ["Wijkverbinder:MunicipalityCode"] = town.Code } };
        var person = TestTown.Person("Ann Jansen", town.Town.District1) with { Id = MemberId.New(town.Town.AreaA, azurite.Clock), Email = town.Ann.Mail };
        ann = (await azurite.Store.CreateMemberAsync(person, [], new Dictionary<MemberId, Member>(), CancellationToken.None)).Member;
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        await connector.DisposeAsync();
    }

    [Fact]
    public async Task APersonWithdrawsAndGivesTheirConsentFromTheCard()
    {
        var chat = As(town.Ann);

        var shown = await chat.SayAsync("toestemming");
        var withdrawn = await chat.PressAsync("consent.withdraw", new JsonObject { ["member"] = ann.Id.ToString() });
        var afterWithdrawal = await StoredAsync();
        var given = await chat.PressAsync("consent.give", new JsonObject { ["member"] = ann.Id.ToString() });

        Assert.Contains("Ann Jansen (gebied Gebied A)", BotConversation.TextOf(shown), StringComparison.Ordinal);
        Assert.Contains("Trek toestemming in (Ann Jansen)", BotConversation.TextOf(shown), StringComparison.Ordinal);
        Assert.Contains("Uw toestemming is ingetrokken", BotConversation.TextOf(withdrawn), StringComparison.Ordinal);
        Assert.False(afterWithdrawal.ShowContactDetails);
        Assert.Contains("Toon mijn gegevens (Ann Jansen)", BotConversation.TextOf(withdrawn), StringComparison.Ordinal);
        Assert.Contains("nu zichtbaar", BotConversation.TextOf(given), StringComparison.Ordinal);
        Assert.True((await StoredAsync()).ShowContactDetails);
    }

    [Fact]
    public async Task SomeoneElseCannotWithdrawAPersonsConsent()
    {
        var chat = As(town.Outsider);

        var shown = await chat.SayAsync("consent");
        var refused = await chat.PressAsync("consent.withdraw", new JsonObject { ["member"] = ann.Id.ToString() });

        Assert.Contains("geen persoon met uw werkmail", BotConversation.TextOf(shown), StringComparison.Ordinal);
        Assert.Contains("niet uw eigen vermelding", BotConversation.TextOf(refused), StringComparison.Ordinal);
        Assert.True((await StoredAsync()).ShowContactDetails);
    }

    [Fact]
    public async Task AColleagueWithoutARoleWithdrawsTheirOwnConsentAndMayDoNothingElse()
    {
        // In the directory, but given no role in the app (AVG art. 7(3): withdrawing is as easy as giving).
        var nora = town.Ann with { Id = ColleagueId.ForPerson(Guid.NewGuid()), Name = "Nora", Mail = "nora@gemeente.example", Roles = [] };
        await town.Colleagues.SaveAsync(town.Code, nora, CancellationToken.None);
        var entry = (await azurite.Store.CreateMemberAsync(
            TestTown.Person("Nora Zonderrol", town.Town.District1) with { Id = MemberId.New(town.Town.AreaA, azurite.Clock), Email = nora.Mail },
            [], new Dictionary<MemberId, Member>(), CancellationToken.None)).Member;
        var chat = As(nora);

        var shown = await chat.SayAsync("toestemming");
        var withdrawn = await chat.PressAsync("consent.withdraw", new JsonObject { ["member"] = entry.Id.ToString() });
        var othersEntry = await chat.PressAsync("consent.withdraw", new JsonObject { ["member"] = ann.Id.ToString() });
        var find = await chat.SayAsync("zoek");

        Assert.Contains("Trek toestemming in (Nora Zonderrol)", BotConversation.TextOf(shown), StringComparison.Ordinal);
        Assert.DoesNotContain("Ann Jansen", BotConversation.TextOf(shown), StringComparison.Ordinal);
        Assert.Contains("Uw toestemming is ingetrokken", BotConversation.TextOf(withdrawn), StringComparison.Ordinal);
        Assert.False(((Person)(await azurite.Store.GetMemberAsync(entry.Id, CancellationToken.None))!.Member).ShowContactDetails);
        Assert.Contains("niet uw eigen vermelding", BotConversation.TextOf(othersEntry), StringComparison.Ordinal);
        Assert.True((await StoredAsync()).ShowContactDetails);
        Assert.Contains("Dit mag u niet met uw rol", BotConversation.TextOf(find), StringComparison.Ordinal);
    }

    private async Task<Person> StoredAsync() => (Person)(await azurite.Store.GetMemberAsync(ann.Id, CancellationToken.None))!.Member;

    private BotConversation As(Colleague colleague) => new(app.CreateClient(), connector, userObjectId: colleague.Id.Value);
}
