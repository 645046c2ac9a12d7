using Wijkverbinder.Domain.Referrals;
using Wijkverbinder.IntegrationTests.Infrastructure;

namespace Wijkverbinder.IntegrationTests.Referrals;

[Collection(AzuriteCollection.Name)]
public sealed class ReferralListTests(AzuriteFixture azurite)
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly TimeSpan Week = TimeSpan.FromDays(7);

    [Fact]
    public async Task EveryoneInvolvedSeesTheReferralInOneRangeQuery()
    {
        var t = await ReferralTown.CreateAsync(azurite);
        var created = await t.CreateAsync();

        foreach (var id in new[] { t.Referrer.Id, ReferralTown.WijkteamId, ReferralTown.SocialTeamId })
        {
            using var tally = azurite.Counter.BeginTally();
            var list = await t.Store.ListForColleagueAsync(t.Code, id, Week, None);

            Assert.Equal(created with { Version = null }, Assert.Single(list));
            var request = Assert.Single(tally.Requests);
            Assert.Contains($"RowKey ge 'U|{id.Value}|'", request.Filter, StringComparison.Ordinal);
        }

        Assert.Empty(await t.Store.ListForColleagueAsync(t.Code, t.Ann.Id, Week, None));
        Assert.Empty(await t.Store.ListForColleagueAsync(t.Code, t.Specialist.Id, Week, None));
    }

    [Fact]
    public async Task AfterAForwardTheOldReceiverNoLongerHasIt()
    {
        var t = await ReferralTown.CreateAsync(azurite);
        var created = await t.CreateAsync();

        await t.Service.ForwardAsync(created.Id, t.Ann.Id, t.Specialist.Id, null, None);

        Assert.Empty(await t.Store.ListForColleagueAsync(t.Code, ReferralTown.SocialTeamId, Week, None));
        var forSpecialist = Assert.Single(await t.Store.ListForColleagueAsync(t.Code, t.Specialist.Id, Week, None));
        Assert.Equal((ReferralStatus.Forwarded, t.Specialist.Id), (forSpecialist.Status, forSpecialist.Receiver));
        var forReferrer = Assert.Single(await t.Store.ListForColleagueAsync(t.Code, t.Referrer.Id, Week, None));
        Assert.Equal(ReferralStatus.Forwarded, forReferrer.Status);
    }

    [Fact]
    public async Task ClosedReferralsShowOnlyWithinTheGivenTime()
    {
        var t = await ReferralTown.CreateAsync(azurite);
        var open = await t.CreateAsync(t.Draft("Open"));
        var declined = await t.CreateAsync(t.Draft("Afgewezen"));
        await t.Service.DeclineAsync(declined.Id, t.Ann.Id, "Niet voor ons", None);

        Assert.Equal(2, (await t.Store.ListForColleagueAsync(t.Code, t.Referrer.Id, Week, None)).Count);

        t.Clock.Advance(TimeSpan.FromDays(8));
        var later = await t.Store.ListForColleagueAsync(t.Code, t.Referrer.Id, Week, None);
        Assert.Equal(open.Id, Assert.Single(later).Id);
    }

    [Fact]
    public async Task OpenReferralsAreOnePartitionQueryWithoutClosedOnes()
    {
        var t = await ReferralTown.CreateAsync(azurite);
        var open = await t.CreateAsync(t.Draft("Open"));
        var accepted = await t.CreateAsync(t.Draft("Geaccepteerd"));
        await t.Service.AcceptAsync(accepted.Id, t.Ann.Id, None);
        var completed = await t.CreateAsync(t.Draft("Klaar"));
        await t.Service.AcceptAsync(completed.Id, t.Ann.Id, None);
        await t.Service.CompleteAsync(completed.Id, t.Ann.Id, "Gedaan", None);
        var declined = await t.CreateAsync(t.Draft("Afgewezen"));
        await t.Service.DeclineAsync(declined.Id, t.Ann.Id, "Nee", None);

        using var tally = azurite.Counter.BeginTally();
        var list = await t.Store.ListOpenAsync(t.Code, None);

        Assert.Equal(new[] { open.Id, accepted.Id }.OrderBy(i => i.Local, StringComparer.Ordinal), list.Select(r => r.Id).OrderBy(i => i.Local, StringComparer.Ordinal));
        Assert.All(list, r => Assert.NotNull(r.Version));
        Assert.StartsWith($"PartitionKey eq '{t.Code}' and ", Assert.Single(tally.Requests).Filter, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMalformedColleagueIdListsNothing()
    {
        var t = await ReferralTown.CreateAsync(azurite);
        await t.CreateAsync();

        Assert.Empty(await t.Store.ListForColleagueAsync(t.Code, new Domain.Colleagues.ColleagueId("x' or true or '"), Week, None));
    }
}
