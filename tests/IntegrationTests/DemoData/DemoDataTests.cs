using Microsoft.Extensions.DependencyInjection;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Dashboard;
using Wijkverbinder.Domain.Meetings;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.Domain.Referrals;
using Wijkverbinder.Storage.Colleagues;
using Wijkverbinder.Storage.Meetings;
using Wijkverbinder.Storage.Referrals;
using Wijkverbinder.IntegrationTests.Infrastructure;
using Wijkverbinder.TeamsApp.DemoData;

namespace Wijkverbinder.IntegrationTests.DemoData;

/// <summary>The Arnhem demo network is big and varied enough for a manager's view, has meetings the status shows, and is written once.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class DemoDataTests(AzuriteFixture azurite)
{
    private static readonly CancellationToken None = CancellationToken.None;

    private TableMeetingStore Meetings => new(azurite.Tables, new OutboxSignal());

    private TableMeetingFeedbackStore Feedback => new(azurite.Tables);

    [Fact]
    public async Task SeedsArnhemOnceWithNewDormantAndIsolatedMembersAndMeetings()
    {
        var seeder = NewSeeder(out var colleagues, out var routing);

        var written = await seeder.SeedOnceAsync(None);
        var meetingsAfterFirst = await Meetings.ListSinceAsync("GM0202", AzuriteFixture.Now.AddYears(-1), None);
        var again = await seeder.SeedOnceAsync(None);
        var meetingsAfterSecond = await Meetings.ListSinceAsync("GM0202", AzuriteFixture.Now.AddYears(-1), None);

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
        Assert.Equal(meetingsAfterFirst.Select(m => (m.Id, m.LastSequence)), meetingsAfterSecond.Select(m => (m.Id, m.LastSequence)));
        await DemoMeetingsShowOnTheStatusAsync(arnhem, meetingsAfterSecond, colleagues);
    }

    /// <summary>Held and planned meetings in the first area, one organised by Alex, with actions and feedback; the rebuilt status counts them.</summary>
    private async Task DemoMeetingsShowOnTheStatusAsync(Municipality arnhem, IReadOnlyList<Meeting> meetings, IColleagueDirectory colleagues)
    {
        var area = arnhem.Areas[0];
        Assert.Equal(4, meetings.Count);
        Assert.All(meetings, m => Assert.True(m.Districts.All(area.DistrictCodes.Contains)));
        Assert.Contains(meetings, m => m.Organiser == DemoColleagues.PlaygroundUser && m.Status == MeetingStatus.Held);
        Assert.Contains(meetings, m => m.Organiser == DemoColleagues.PlaygroundUser && m.Status == MeetingStatus.Planned);
        Assert.Contains(meetings, m => m.Actions.Any(a => a.Owner == DemoColleagues.PlaygroundSpecialist && !a.Done));
        var held = meetings.Where(m => m.Status == MeetingStatus.Held).ToList();
        Assert.Equal([MeetingKind.ThemeMeeting, MeetingKind.FeedbackMeeting], held.Select(m => m.Kind).Order());
        foreach (var meeting in held)
        {
            Assert.InRange((await Feedback.ListAsync(meeting.Id, None)).Count, MeetingLimits.MinimumAnswersShown, 10);
        }

        // Made-up meetings make no calendar events, cards or feedback requests: no tasks were written.
        var outbox = 0;
        await foreach (var _ in azurite.Tables.Meetings.QueryAsync<Azure.Data.Tables.TableEntity>(Azure.Data.Tables.TableClient.CreateQueryFilter($"PartitionKey eq {"GM0202"} and Kind eq {"outbox"}")))
        {
            outbox++;
        }

        Assert.Equal(0, outbox);

        await using var host = new TeamsAppFactory(azurite);
        var dashboards = host.Services.GetRequiredService<IDashboardStore>();
        var refresher = new DashboardRefresher(azurite.Store, host.Services.GetRequiredService<IReferralStore>(), Meetings, Feedback, colleagues, dashboards, azurite.Clock);
        await refresher.RefreshAreaAsync(arnhem, area, None);
        var figures = (await dashboards.GetAsync(DashboardScope.ForArea(area.Id), None))!.Meetings;
        Assert.Equal((2, 2), (figures.Held, figures.Upcoming));
        Assert.Equal(3, figures.FeedbackByParty.Count);
        Assert.All(figures.FeedbackByParty, p => Assert.NotNull(p.Contribution));
        Assert.Contains(figures.FeedbackByTheme, t => t.Answers == 4 && t.Usefulness == 4.0m);
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
        return new DemoDataSeeder(azurite.Store, azurite.Registry, colleagues, routing, Meetings, Feedback, new Wijkverbinder.Storage.Bookings.TableBookingStore(azurite.Tables, new OutboxSignal()), azurite.Clock);
    }
}
