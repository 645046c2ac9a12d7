using System.Globalization;
using Wijkverbinder.Domain.Meetings;
using Wijkverbinder.TeamsApp.Tabs.Identity;

namespace Wijkverbinder.TeamsApp.Tabs.Meetings.Contracts;

/// <summary>Domain to response shapes for the tab API's meetings; feedback only as <see cref="FeedbackSummary"/> gives it.</summary>
internal static class MeetingResponses
{
    public static MeetingSummaryResponse Summary(Meeting m, TabUser user) => new(
        m.Id.ToString(), m.Kind.ToString(), m.Title, m.Scope, m.Start, m.End, m.Status.ToString(),
        user.ActsFor(m.Organiser) ? "Organiser" : MeetingAccess.IsInvited(user, m) ? "Invitee" : "Manager");

    public static OwnedActionResponse Owned(OwnedAction o) =>
        new(o.Meeting.Id.ToString(), o.Meeting.Title, o.Action.Number, o.Action.Text, Date(o.Action.DueOn));

    public static MeetingResponse Meeting(Meeting m, MeetingLinks links, TabUser user, IReadOnlyDictionary<InviteeRef, string> names, FeedbackSummary? feedback) => new()
    {
        Id = m.Id.ToString(),
        Kind = m.Kind.ToString(),
        Title = m.Title,
        Scope = m.Scope,
        Districts = m.Districts,
        Themes = m.Themes,
        Start = m.Start,
        End = m.End,
        Location = m.Location,
        Online = m.Online,
        Agenda = m.Agenda,
        Organiser = m.Organiser.Value,
        Status = m.Status.ToString(),
        CancelReason = m.CancelReason,
        Invitees = [.. m.Invitees.Select(i => new InviteeResponse(i.Ref.ToString(), NameOf(names, i.Ref), i.Rsvp.ToString(), i.Attended))],
        Actions = [.. m.Actions.Select(a => new AgreedActionResponse(a.Number, a.Text, a.Owner.Value, NameOf(names, InviteeRef.For(a.Owner)), Date(a.DueOn), a.Done))],
        JoinUrl = links.JoinUrl,
        InCalendar = links.CalendarEventId is not null,
        Announced = links.AgendaActivityId is not null,
        MayOrganise = MeetingAccess.MayOrganise(user, m),
        Feedback = feedback is null ? null : Feedback(feedback, names),
    };

    private static MeetingFeedbackResponse Feedback(FeedbackSummary summary, IReadOnlyDictionary<InviteeRef, string> names) => new(
        summary.Respondents,
        MeetingLimits.MinimumAnswersShown,
        Score(summary.Usefulness),
        [.. summary.Parties.Select(p => new PartyFeedbackResponse(p.Party.ToString(), NameOf(names, InviteeRef.For(p.Party)), Score(p.Contribution), Score(p.Role), Score(p.Connection)))]);

    private static ScoreResponse Score(ScoreSummary score) => new(score.Answers, score.Average, score.Remarks);

    private static string NameOf(IReadOnlyDictionary<InviteeRef, string> names, InviteeRef invitee) => names.GetValueOrDefault(invitee) ?? invitee.Id;

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
