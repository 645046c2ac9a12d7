using Wijkverbinder.Domain.Referrals;
using Wijkverbinder.IntegrationTests.Infrastructure;
using Wijkverbinder.Storage.Referrals;

namespace Wijkverbinder.IntegrationTests.Referrals;

[Collection(AzuriteCollection.Name)]
public sealed class RoutingRuleStoreTests(AzuriteFixture azurite)
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task ARuleIsAddedReplacedAndDeleted()
    {
        var t = await ReferralTown.CreateAsync(azurite);
        await t.Routing.SaveAsync(t.Code, new RoutingRule("armoede", t.Town.District1, ReferralTown.SocialTeamId), None);
        await t.Routing.SaveAsync(t.Code, new RoutingRule("armoede", t.Town.District1, t.Specialist.Id), None);
        await t.Routing.SaveAsync(t.Code, new RoutingRule("armoede", t.Town.AreaA.ToString(), ReferralTown.SocialTeamId), None);

        var rules = await new TableRoutingRuleStore(azurite.Tables, t.Clock).ListAsync(t.Code, None);
        Assert.Equal(2, rules.Count);
        Assert.Contains(new RoutingRule("armoede", t.Town.District1, t.Specialist.Id), rules);

        Assert.True(await t.Routing.DeleteAsync(t.Code, "armoede", t.Town.District1, None));
        Assert.False(await t.Routing.DeleteAsync(t.Code, "armoede", t.Town.District1, None));
        Assert.Equal([new RoutingRule("armoede", t.Town.AreaA.ToString(), ReferralTown.SocialTeamId)], await t.Routing.ListAsync(t.Code, None));
    }

    [Fact]
    public async Task AThemeWithCharactersARowKeyRefusesIsStoredAsGiven()
    {
        var t = await ReferralTown.CreateAsync(azurite);
        var rule = new RoutingRule("wonen/zorg #1?", t.Town.District1, t.Specialist.Id);

        await t.Routing.SaveAsync(t.Code, rule, None);

        Assert.Equal([rule], await new TableRoutingRuleStore(azurite.Tables, t.Clock).ListAsync(t.Code, None));
        Assert.True(await t.Routing.DeleteAsync(t.Code, rule.Theme, rule.Scope, None));
    }

    [Fact]
    public async Task TheDistrictRuleWinsOverTheAreaRuleAndTheRulesAreReadOncePerMinute()
    {
        var t = await ReferralTown.CreateAsync(azurite);
        await t.Routing.SaveAsync(t.Code, new RoutingRule("armoede", t.Town.AreaA.ToString(), ReferralTown.SocialTeamId), None);
        await t.Routing.SaveAsync(t.Code, new RoutingRule("armoede", t.Town.District1, t.Specialist.Id), None);
        await t.Colleagues.ListAsync(t.Code, None);

        Assert.Equal(t.Specialist.Id, (await t.Service.SuggestReceiverAsync(t.Town.Municipality, "armoede", t.Town.District1, None))!.Id);
        using var tally = azurite.Counter.BeginTally();
        Assert.Equal(ReferralTown.SocialTeamId, (await t.Service.SuggestReceiverAsync(t.Town.Municipality, "armoede", t.Town.District2, None))!.Id);
        Assert.Null(await t.Service.SuggestReceiverAsync(t.Town.Municipality, "meedoen", t.Town.District1, None));
        Assert.Equal(0, tally.Count);
    }

    [Fact]
    public async Task AReferralWithoutReceiverGoesWhereTheRulesSay()
    {
        var t = await ReferralTown.CreateAsync(azurite);
        await t.Routing.SaveAsync(t.Code, new RoutingRule("armoede", t.Town.District1, t.Specialist.Id), None);

        var created = await t.CreateAsync(t.Draft() with { Receiver = null });

        Assert.Equal(t.Specialist.Id, created.Receiver);
        Assert.Single(await t.Store.ListForColleagueAsync(t.Code, t.Specialist.Id, TimeSpan.FromDays(7), None));
    }
}
