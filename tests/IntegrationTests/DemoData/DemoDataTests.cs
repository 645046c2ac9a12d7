using Wijkverbinder.Domain.Network;
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
        var seeder = new DemoDataSeeder(azurite.Store, azurite.Registry, azurite.Clock);

        var written = await seeder.SeedOnceAsync(None);
        var again = await seeder.SeedOnceAsync(None);

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
}
