using System.Globalization;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Meetings;
using Wijkverbinder.TeamsApp.Tabs.Meetings;
using static Wijkverbinder.Tabs.Tests.Meetings.MeetingTabTown;

namespace Wijkverbinder.Tabs.Tests.Meetings;

/// <summary>
/// Specialists on the meetings page: the one invited answers and sees the meeting read-only, the owner of an action
/// marks it done, and another specialist sees nothing; none of them plans.
/// </summary>
public sealed class SpecialistMeetingsTests : TabTestContext
{
    private static readonly Colleague Invited = Specialist("00000000-0000-0000-0000-000000000011", "Sanne Smit");
    private static readonly Colleague Owner = Specialist("00000000-0000-0000-0000-000000000012", "Omar Oduya");
    private static readonly Colleague Stranger = Specialist("00000000-0000-0000-0000-000000000013", "Tess Terpstra");

    private readonly MeetingTabTown town = new();
    private readonly Meeting meeting;

    public SpecialistMeetingsTests()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("nl");
        town.AddTo(Services);
        foreach (var specialist in new[] { Invited, Owner, Stranger })
        {
            town.Colleagues.SaveAsync("GM0202", specialist, CancellationToken.None).GetAwaiter().GetResult();
        }

        var planned = town.Add("7", Now.AddDays(2), MeetingStatus.Planned, MeetingKind.ThemeMeeting, new AgreedAction(1, "Folder vertalen", Owner.Id, new DateOnly(2026, 12, 10)));
        meeting = planned with { Invitees = [.. planned.Invitees, new(InviteeRef.For(Invited.Id))] };
        town.Meetings.Add(meeting);
    }

    [Fact]
    public void AnInvitedSpecialistSeesTheMeetingReadOnlyAndAnswersButCannotPlan()
    {
        var page = RenderFor<MeetingsPage>(UserFor(Invited));
        page.WaitForElement("#meetings-table");
        Assert.Empty(page.FindAll("#plan-meeting"));

        page.Click($"#open-{meeting.Id.Local}");
        page.WaitForElement("#meeting-details");
        Assert.Contains("Geen antwoord", page.Find("#meeting-my-answer").TextContent, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("#meeting-change"));
        Assert.Empty(page.FindAll("#meeting-cancel"));
        Assert.Empty(page.FindAll("#action-add"));
        Assert.Empty(page.FindAll("#action-done-1"));

        page.Click("#meeting-accept");

        page.WaitForElement("#meeting-done");
        Assert.Equal(Rsvp.Accepted, town.Meetings.Current(meeting.Id).FindInvitee(InviteeRef.For(Invited.Id))!.Rsvp);

        // The answer's text follows the render after the save; wait for it rather than read it at once.
        page.WaitForAssertion(() => Assert.Contains("Komt", page.Find("#meeting-my-answer").TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public void TheSpecialistWhoOwnsAnActionSeesItAndMarksItDoneButCannotAnswer()
    {
        var page = RenderLinked(Owner);
        page.WaitForElement("#meeting-details");
        Assert.Empty(page.FindAll("#meeting-accept"));
        Assert.Empty(page.FindAll("#plan-meeting"));
        page.WaitForElement("#my-actions-table");

        page.Click("#action-done-1");

        page.WaitForElement("#meeting-done");
        Assert.True(town.Meetings.Current(meeting.Id).Actions[0].Done);
    }

    [Fact]
    public void ASpecialistWhoIsNotInvolvedSeesNothingOfTheMeeting()
    {
        var page = RenderLinked(Stranger);

        page.WaitForElement("#meeting-not-found");
        Assert.Empty(page.FindAll("#meeting-details"));
        Assert.Empty(page.FindAll("#meetings-table"));
        Assert.DoesNotContain(meeting.Title, page.Markup, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("#plan-meeting"));
    }

    private IRenderedComponent<MeetingsPage> RenderLinked(Colleague user)
    {
        var navigation = Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo(navigation.GetUriWithQueryParameter("subEntityId", meeting.Id.ToString()));
        return RenderFor<MeetingsPage>(UserFor(user));
    }

    private static Colleague Specialist(string id, string name) => new()
    {
        Id = new ColleagueId(id),
        Kind = ColleagueKind.Person,
        Name = name,
        Mail = id[^2..] + "@gemeente.example",
        Roles = [AppRole.Specialist],
        Districts = [Centrum],
    };
}
