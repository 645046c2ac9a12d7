using Microsoft.Extensions.DependencyInjection;
using Wijkverbinder.Domain.Dashboard;
using Wijkverbinder.Domain.Meetings;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.Domain.Referrals;
using Wijkverbinder.IntegrationTests.Infrastructure;
using Wijkverbinder.IntegrationTests.Meetings;

namespace Wijkverbinder.IntegrationTests.Dashboard;

/// <summary>The dashboards' meeting figures from meetings and feedback seeded in the real stores on Azurite.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class DashboardMeetingsTests(AzuriteFixture azurite)
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task HeldAndPlannedMeetingsAndTheirFeedbackShowInTheRebuiltSnapshotsAggregatedOnly()
    {
        var town = await MeetingTown.CreateAsync(azurite);
        var feedbackMeeting = await town.PlanAsync(town.Draft("Jaarlijkse feedback") with { Kind = MeetingKind.FeedbackMeeting, Themes = [] });
        var themeMeeting = await town.PlanAsync(town.Draft("Meedoen") with { Start = town.Tomorrow.AddDays(1), End = town.Tomorrow.AddDays(1).AddHours(2) });
        await town.PlanAsync(town.Draft("Later") with { Start = town.Tomorrow.AddDays(30), End = town.Tomorrow.AddDays(30).AddHours(2) });
        var everyone = new[] { InviteeRef.For(town.Ann.Id), InviteeRef.For(town.Bob.Id), InviteeRef.For(town.Garden.Id), InviteeRef.For(town.Centre.Id) };
        town.Clock.SetUtcNow(themeMeeting.End.AddHours(1));
        await town.ActAsync(town.Service.RecordAttendanceAsync(feedbackMeeting.Id, town.Manager.Id, everyone, None));
        await town.ActAsync(town.Service.RecordAttendanceAsync(themeMeeting.Id, town.Manager.Id, everyone, None));
        await town.GiveAsync(town.Service.GiveFeedbackAsync(feedbackMeeting.Id, town.Ann.Id, null, null, [new PartyFeedback(town.Garden.Id, 5, 4, 3, "Ann over de moestuin")], None));
        await town.GiveAsync(town.Service.GiveFeedbackAsync(feedbackMeeting.Id, town.Bob.Id, null, null, [new PartyFeedback(town.Garden.Id, 3, 4, 3)], None));
        await town.GiveAsync(town.Service.GiveFeedbackAsync(themeMeeting.Id, town.Ann.Id, 4, null, [], None));

        await using var host = new TeamsAppFactory(azurite);
        var dashboards = host.Services.GetRequiredService<IDashboardStore>();
        var refresher = new DashboardRefresher(
            azurite.Store, host.Services.GetRequiredService<IReferralStore>(), town.Store, town.Feedback, town.Colleagues, dashboards, town.Clock);
        await refresher.RefreshAreaAsync(town.Town.Municipality, town.Town.Municipality.FindArea(town.Town.AreaA)!, None);

        var district = (await dashboards.GetAsync(DashboardScope.ForDistrict(town.Town.District1), None))!.Meetings;
        Assert.Equal((2, 1), (district.Held, district.Upcoming));
        Assert.Equal((1, 1), (district.HeldByKind[MeetingKind.FeedbackMeeting], district.HeldByKind[MeetingKind.ThemeMeeting]));
        Assert.Equal(DateOnly.FromDateTime(feedbackMeeting.Start.UtcDateTime), district.LastFeedbackMeetings.Single().LastHeldOn);
        var garden = Assert.Single(district.FeedbackByParty);
        Assert.Equal(("Moestuin", 2, (decimal?)null), (garden.Name, garden.Answers, garden.Contribution));
        var theme = Assert.Single(district.FeedbackByTheme);
        Assert.Equal(("meedoen", 1, 1, (decimal?)null), (theme.Theme, theme.Meetings, theme.Answers, theme.Usefulness));
        var other = (await dashboards.GetAsync(DashboardScope.ForDistrict(town.Town.District2), None))!.Meetings;
        Assert.Equal((0, (DateOnly?)null), (other.Held, other.LastFeedbackMeetings.Single().LastHeldOn));
        var area = (await dashboards.GetAsync(DashboardScope.ForArea(town.Town.AreaA), None))!.Meetings;
        Assert.Equal(2, area.Held);
    }
}
