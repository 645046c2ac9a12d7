using System.Globalization;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Wijkverbinder.Domain.Audit;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Meetings;
using Wijkverbinder.TeamsApp.Tabs.Meetings;
using static Wijkverbinder.Tabs.Tests.Meetings.MeetingTabTown;

namespace Wijkverbinder.Tabs.Tests.Meetings;

/// <summary>A meeting's details: who sees it, who sees the organiser's buttons, the actions, and feedback only aggregated.</summary>
public sealed class MeetingDetailsTests : TabTestContext
{
    private readonly MeetingTabTown town = new();

    public MeetingDetailsTests()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("nl");
        town.AddTo(Services);
    }

    [Theory]
    [InlineData("organiser", true)]
    [InlineData("wijkmanager", true)]
    [InlineData("invitee", false)]
    public void OnlyTheOrganiserAndTheDistrictsWijkmanagerSeeChangeCancelAndAttendance(string who, bool organises)
    {
        var meeting = town.Add("1", Now.AddHours(-1));
        var user = who switch { "organiser" => Alex, "wijkmanager" => Wendy, _ => Megan };

        var page = Open(user, meeting);

        Assert.Equal("Gepland", page.Find("#meeting-status").TextContent);
        Assert.Equal(organises, page.FindAll("#meeting-change").Count == 1);
        Assert.Equal(organises, page.FindAll("#meeting-cancel").Count == 1);
        Assert.Equal(organises, page.FindAll("#attendance-save").Count == 1);
        Assert.Equal(organises, page.FindAll("#action-add").Count == 1);
        Assert.Equal(4, page.FindAll("#meeting-invitees-table tbody tr").Count);
    }

    [Fact]
    public void AColleagueOfTheDistrictWhoIsNotInvitedSeesNeitherTheMeetingNorItsLink()
    {
        var meeting = town.Add("1", Now.AddDays(3));

        var page = RenderLinked(Kees, meeting);

        page.WaitForElement("#meeting-not-found");
        Assert.Empty(page.FindAll("#meeting-details"));
        Assert.Empty(page.FindAll("#meetings-table"));
    }

    [Fact]
    public void AttendanceCanBeRecordedOnlyFromTheStart()
    {
        var meeting = town.Add("1", Now.AddDays(2));

        var page = Open(Alex, meeting);

        Assert.Contains("vanaf het begin", page.Find("#attendance-form").TextContent, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("#attendance-save"));
    }

    [Fact]
    public void TheOrganiserRecordsAttendanceAndTheMeetingIsHeld()
    {
        var meeting = town.Add("1", Now.AddHours(-3));
        var page = Open(Alex, meeting);

        page.Change("#attended-0", true);
        page.Click("#attendance-save");

        page.WaitForAssertion(() => Assert.Equal("Gehouden", page.Find("#meeting-status").TextContent));
        var held = town.Meetings.Current(meeting.Id);
        Assert.Equal([InviteeRef.For(Garden.Id), InviteeRef.For(Megan.Id)], held.Attendees.Select(a => a.Ref));
    }

    [Fact]
    public void TheOrganiserCancelsWithAReasonAndTheButtonsGo()
    {
        var meeting = town.Add("1", Now.AddDays(5));
        var page = Open(Alex, meeting);

        page.Change("#cancel-reason", "Te weinig aanmeldingen");
        page.Click("#meeting-cancel");

        page.WaitForAssertion(() => Assert.Equal("Afgezegd", page.Find("#meeting-status").TextContent));
        Assert.Equal((MeetingStatus.Cancelled, "Te weinig aanmeldingen"), (town.Meetings.Current(meeting.Id).Status, town.Meetings.Current(meeting.Id).CancelReason));
        Assert.Empty(page.FindAll("#meeting-cancel"));
        Assert.Contains("Te weinig aanmeldingen", page.Find("#meeting-cancel-reason").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void AnActionWithoutOwnerOrDateIsRefusedAtItsFieldsAndAValidOneIsListed()
    {
        var meeting = town.Add("1", Now.AddHours(-3));
        var page = Open(Alex, meeting);

        page.Change("#action-text", "Flyers maken");
        page.Click("#action-add");
        page.WaitForElement("#action-owner-error");
        Assert.Contains("Dit veld is verplicht.", page.Find("#action-due-error").TextContent, StringComparison.Ordinal);
        Assert.Empty(town.Meetings.Current(meeting.Id).Actions);

        page.Change("#action-owner", Megan.Id.Value);
        page.Change("#action-due", "2026-12-15");
        page.Click("#action-add");

        page.WaitForAssertion(() => Assert.Single(page.FindAll("#meeting-actions tbody tr")));
        Assert.Equal(new AgreedAction(1, "Flyers maken", Megan.Id, new DateOnly(2026, 12, 15)), Assert.Single(town.Meetings.Current(meeting.Id).Actions));
        Assert.Contains("Megan Bowen", page.Find("#meeting-actions tbody tr").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void FeedbackBelowTheMinimumSaysTooFewAnswersAndShowsNoRemark()
    {
        var meeting = Held();
        Answer(meeting, 5, "Heel nuttig voor mij persoonlijk");
        Answer(meeting, 4, null);

        var page = Open(Alex, meeting);

        page.WaitForElement("#meeting-feedback");
        Assert.Equal("te weinig antwoorden", page.Find("#feedback-usefulness").TextContent);
        Assert.Contains("Antwoorden: 2", page.Find("#feedback-respondents").TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("persoonlijk", page.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void FeedbackFromTheMinimumOnShowsTheAverageAndTheRemarksSorted()
    {
        var meeting = Held();
        Answer(meeting, 5, "Zeker herhalen");
        Answer(meeting, 4, "Agenda te vol");
        Answer(meeting, 2, null);

        var page = Open(Megan, meeting);

        page.WaitForElement("#meeting-feedback");
        Assert.Equal("3,7", page.Find("#feedback-usefulness").TextContent);
        Assert.Equal(["Agenda te vol", "Zeker herhalen"], page.FindAll("#feedback-remarks li").Select(li => li.TextContent));
    }

    [Fact]
    public void TheJoinLinkAndTheCalendarStateComeFromTheLinks()
    {
        var meeting = town.Add("1", Now.AddDays(2));
        town.Meetings.SetLinks(meeting.Id, new MeetingLinks("event-1", "https://teams.microsoft.com/l/meetup-join/abc", "conv", "activity"));

        var page = Open(Megan, meeting);

        Assert.Equal("https://teams.microsoft.com/l/meetup-join/abc", page.Find("#meeting-join").GetAttribute("href"));
        Assert.Contains("In de agenda gezet.", page.Find("#meeting-calendar").TextContent, StringComparison.Ordinal);
        Assert.Contains("Geplaatst", page.Find("#meeting-announced").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void TheOwnerMarksTheirActionDoneInMyActionsOnTheReferralsPage()
    {
        var meeting = town.Add("1", Now.AddDays(-3), MeetingStatus.Held, MeetingKind.ThemeMeeting,
            new AgreedAction(1, "Flyers maken", Megan.Id, new DateOnly(2026, 12, 1)),
            new AgreedAction(2, "Zaal boeken", Alex.Id, new DateOnly(2026, 12, 2)),
            new AgreedAction(3, "Verslag delen", Megan.Id, new DateOnly(2026, 11, 30), Done: true));
        var page = RenderFor<MyActionsSection>(UserFor(Megan));

        page.WaitForElement("#my-actions-table");
        Assert.Equal([$"{meeting.Id.Local}-1"], page.FindAll("#my-actions-table tbody tr").Select(r => r.GetAttribute("data-action")));
        page.Click($"#my-action-done-{meeting.Id.Local}-1");

        page.WaitForElement("#my-actions-empty");
        Assert.True(town.Meetings.Current(meeting.Id).Actions[0].Done);
        Assert.False(town.Meetings.Current(meeting.Id).Actions[1].Done);
    }

    [Fact]
    public void TheReadsAndChangesAreRecordedAndAChangeBySomeoneNoLongerOrganiserIsDeniedAndChangesNothing()
    {
        var meeting = town.Add("1", Now.AddHours(-3));
        var page = Open(Alex, meeting);

        page.Change("#action-text", "Flyers maken");
        page.Change("#action-owner", Megan.Id.Value);
        page.Change("#action-due", "2026-12-15");
        page.Click("#action-add");
        page.WaitForAssertion(() => Assert.Single(town.Meetings.Current(meeting.Id).Actions));

        // The meeting is handed over to Kees while Alex has it open: his attendance is refused, and the page's
        // read afterwards too (he is neither organiser nor invitee any more).
        town.Meetings.Add(town.Meetings.Current(meeting.Id) with { Organiser = Kees.Id });
        page.Change("#attended-0", true);
        page.Click("#attendance-save");

        var id = meeting.Id.ToString();
        page.WaitForAssertion(() => PageAuditAssert.Recorded(
            PageAuditLog.Records,
            UserFor(Alex),
            ("tab:meeting.list", "meeting", null, AuditResult.Allowed),
            ("tab:meeting.show", "meeting", id, AuditResult.Allowed),
            ("tab:meeting.agreeAction", "meeting", id, AuditResult.Allowed),
            ("tab:meeting.show", "meeting", id, AuditResult.Allowed),
            ("tab:meeting.attendance", "meeting", id, AuditResult.Denied),
            ("tab:meeting.show", "meeting", id, AuditResult.Denied)));
        Assert.Equal((MeetingStatus.Planned, 0), (town.Meetings.Current(meeting.Id).Status, town.Meetings.Current(meeting.Id).Attendees.Count()));
        PageAuditAssert.HoldsNone(PageAuditLog.Records, "Flyers", Megan.Name, Garden.Name, "Armoede in Centrum");
    }

    private Meeting Held()
    {
        var meeting = town.Add("1", Now.AddDays(-2), MeetingStatus.Held);
        return meeting;
    }

    private void Answer(Meeting meeting, int usefulness, string? remark) =>
        town.Feedback.SaveAsync(new FeedbackSubmission(meeting.Id, Guid.NewGuid().ToString("N"), usefulness, remark, [], Now), CancellationToken.None).GetAwaiter().GetResult();

    /// <summary>The page opened from a deep link to the meeting, as a card's link opens it.</summary>
    private IRenderedComponent<MeetingsPage> RenderLinked(Colleague user, Meeting meeting)
    {
        var navigation = Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo(navigation.GetUriWithQueryParameter("subEntityId", meeting.Id.ToString()));
        return RenderFor<MeetingsPage>(UserFor(user));
    }

    private IRenderedComponent<MeetingsPage> Open(Colleague user, Meeting meeting)
    {
        var page = RenderLinked(user, meeting);
        page.WaitForElement("#meeting-details");
        return page;
    }
}
