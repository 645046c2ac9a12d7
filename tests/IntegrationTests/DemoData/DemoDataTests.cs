using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.Domain.Referrals;
using Wijkverbinder.Storage.Colleagues;
using Wijkverbinder.Storage.Referrals;
using Wijkverbinder.IntegrationTests.Infrastructure;
using Wijkverbinder.TeamsApp.DemoData;

namespace Wijkverbinder.IntegrationTests.DemoData;

/// <summary>The Arnhem demo network is big and varied enough for a manager's view, and is written once.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class DemoDataTests(AzuriteFixture azurite)
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task SeedsArnhemOnceWithNewDormantAndIsolatedMembers()
    {
        var seeder = NewSeeder(out var colleagues, out var routing);

        var written = await seeder.SeedOnceAsync(None);
        var again = await seeder.SeedOnceAsync(None);

        Assert.Contains(await colleagues.ListAsync("GM0202", None), c => c.Id == DemoColleagues.PlaygroundUser);
        Assert.NotEmpty(await routing.ListAsync("GM0202", None));

        Assert.InRange(written, 300, 1000);
        Assert.Equal(0, again);
        var arnhem = await azurite.Store.GetMunicipalityAsync("GM0202", None);
        Assert.NotNull(arnhem);
        Assert.Equal(8, arnhem.Areas.Count);
        Assert.Equal(24, arnhem.Districts.Count);
        Assert.Equal(2, arnhem.Districts.Count(d => d.Inferred));

        var members = new List<Member>();
        var ties = new List<Tie>();
        foreach (var area in arnhem.Areas)
        {
            var view = await azurite.Store.GetAreaNetworkAsync(area.Id, None);
            members.AddRange(view.Members);
            ties.AddRange(view.Ties);
        }

        Assert.Equal(written, members.Count);
        var today = AzuriteFixture.Today;
        var quarterStart = new DateOnly(today.Year, ((today.Month - 1) / 3 * 3) + 1, 1);
        var lastContact = members.ToDictionary(m => m.Id, m => ties.Where(t => t.Involves(m.Id)).Select(t => (DateOnly?)t.LastContactOn).Max());
        var newThisQuarter = members.Count(m => m.JoinedOn >= quarterStart);
        var dormant = lastContact.Count(c => c.Value is { } last && last < today.AddMonths(-6));
        var isolated = lastContact.Count(c => c.Value is null);

        Assert.InRange(newThisQuarter, 10, written / 4);
        Assert.InRange(dormant, 10, written / 4);
        Assert.InRange(isolated, 3, written / 10);
        Assert.Contains(members, m => m is Initiative { Occasional: true });
        Assert.All(Enum.GetValues<MemberKind>(), kind => Assert.Contains(members, m => m.Kind == kind));
        Assert.Contains(members, m => m.Name == "MFC De Malburcht" && m.Id.Area == new AreaId("GM0202", "W5"));
        Assert.All(Enum.GetValues<TieType>(), type => Assert.Contains(ties, t => t.Type == type));
    }

    [Fact]
    public void DemoColleaguesAndRulesGiveEveryDistrictAndThemeAReceiver()
    {
        var arnhem = DemoNetworkGenerator.ToMunicipality(MunicipalityFacts.LoadArnhem());
        var everyone = DemoColleagues.For(arnhem);
        var rules = DemoColleagues.Rules(arnhem);

        Assert.Equal(everyone.Count, everyone.Select(c => c.Id).Distinct().Count());
        Assert.Contains(everyone, c => c.Id == DemoColleagues.PlaygroundUser && c.Has(AppRole.DistrictTeam));
        Assert.All(arnhem.Areas, a => Assert.Contains(everyone, c => c.Has(AppRole.DistrictManager) && a.DistrictCodes.All(c.Districts.Contains)));
        foreach (var district in arnhem.Districts)
        {
            foreach (var theme in arnhem.Themes)
            {
                var receiver = ReferralRouter.Suggest(arnhem, rules, theme.Id, district.Code);
                Assert.NotNull(receiver);
                Assert.Contains(everyone, c => c.Id == receiver);
            }
        }
    }

    private DemoDataSeeder NewSeeder(out IColleagueDirectory colleagues, out IRoutingRuleStore routing)
    {
        colleagues = new TableColleagueDirectory(azurite.Tables, azurite.Clock);
        routing = new TableRoutingRuleStore(azurite.Tables, azurite.Clock);
        return new DemoDataSeeder(azurite.Store, azurite.Registry, colleagues, routing, new Wijkverbinder.Storage.Bookings.TableBookingStore(azurite.Tables, new OutboxSignal()), azurite.Clock);
    }
}
