using Wijkverbinder.Domain.Meetings;
using Wijkverbinder.IntegrationTests.Infrastructure;

namespace Wijkverbinder.IntegrationTests.Meetings;

/// <summary>
/// A meeting change the network status counts, and each feedback answer, marks the meeting's districts for the prompt
/// dashboard rebuild (once per change); an answer to the invitation or an action does not.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class MeetingDashboardSignalTests(AzuriteFixture azurite)
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task PlanningAttendanceAndFeedbackMarkTheDistrictButAnRsvpDoesNot()
    {
        var t = await MeetingTown.CreateAsync(azurite);
        var planned = await t.PlanAsync(t.Draft() with { Start = t.Clock.GetUtcNow().AddMinutes(1), End = t.Clock.GetUtcNow().AddHours(1) });
        var afterPlan = t.Dashboards.Take();

        await t.ActAsync(t.Service.AnswerAsync(planned.Id, t.Ann.Id, Rsvp.Accepted, None));
        var afterRsvp = t.Dashboards.Take();

        t.Clock.Advance(TimeSpan.FromHours(2));
        await t.ActAsync(t.Service.RecordAttendanceAsync(planned.Id, t.Manager.Id, [InviteeRef.For(t.Ann.Id)], None));
        var afterAttendance = t.Dashboards.Take();

        await t.GiveAsync(t.Service.GiveFeedbackAsync(planned.Id, t.Ann.Id, 4, null, [], None));
        var afterFeedback = t.Dashboards.Take();

        Assert.Equal([t.Town.District1], afterPlan.Districts);
        Assert.True(afterRsvp.IsEmpty);
        Assert.Equal([t.Town.District1], afterAttendance.Districts);
        Assert.Equal([t.Town.District1], afterFeedback.Districts);
        Assert.Equal([t.Town.Municipality.FindDistrict(t.Town.District1)!.Area], afterFeedback.AreasIn(t.Town.Municipality));
    }

    [Fact]
    public async Task ARefusedFeedbackMarksNothing()
    {
        var t = await MeetingTown.CreateAsync(azurite);
        var planned = await t.PlanAsync(t.Draft() with { Start = t.Clock.GetUtcNow().AddMinutes(1), End = t.Clock.GetUtcNow().AddHours(1) });
        t.Clock.Advance(TimeSpan.FromHours(2));
        await t.ActAsync(t.Service.RecordAttendanceAsync(planned.Id, t.Manager.Id, [InviteeRef.For(t.Ann.Id)], None));
        t.Dashboards.Take();

        var refused = await t.Service.GiveFeedbackAsync(planned.Id, t.Outsider.Id, 4, null, [], None);

        Assert.False(refused!.IsValid);
        Assert.True(t.Dashboards.Take().IsEmpty);
    }
}
