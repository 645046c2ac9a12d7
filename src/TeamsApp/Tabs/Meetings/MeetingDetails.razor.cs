using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Meetings;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.Domain.Validation;
using Wijkverbinder.TeamsApp.Audit;
using Wijkverbinder.TeamsApp.Problems;
using Wijkverbinder.TeamsApp.Resources;
using Wijkverbinder.TeamsApp.Tabs.Identity;

namespace Wijkverbinder.TeamsApp.Tabs.Meetings;

/// <summary>
/// The actions on one meeting: answer the invitation, cancel, attendance, agree and complete actions. Each goes through
/// <see cref="MeetingService"/>, which checks status, actor and input and writes nothing on a refusal.
/// </summary>
public sealed partial class MeetingDetails
{
    private static readonly string[] InputFields = ["reason", "attendees", "text", "owner", "dueOn"];

    private readonly HashSet<InviteeRef> attended = [];
    private IReadOnlyList<ValidationError> errors = [];
    private string? problem;
    private string? done;
    private bool conflict;
    private bool busy;
    private string? reason;
    private string? actionText;
    private string? actionOwner;
    private string? actionDue;

    [Inject]
    public required MeetingService Meetings { get; set; }

    [Inject]
    public required ApiProblems Problems { get; set; }

    [Inject]
    public required PageAudit PageAudit { get; set; }

    [Inject]
    public required IStringLocalizer<MeetingTabTexts> Text { get; set; }

    [Parameter, EditorRequired]
    public required Meeting Meeting { get; set; }

    [Parameter, EditorRequired]
    public required MeetingLinks Links { get; set; }

    [Parameter, EditorRequired]
    public required TabUser Viewer { get; set; }

    [Parameter, EditorRequired]
    public required Municipality Municipality { get; set; }

    [Parameter, EditorRequired]
    public required IReadOnlyList<Colleague> Colleagues { get; set; }

    [Parameter, EditorRequired]
    public required IReadOnlyDictionary<InviteeRef, string> Names { get; set; }

    /// <summary>The aggregated feedback, for a held meeting.</summary>
    [Parameter]
    public FeedbackSummary? Feedback { get; set; }

    [Parameter]
    public DateTimeOffset Now { get; set; }

    [Parameter]
    public EventCallback<Meeting> OnEdit { get; set; }

    /// <summary>Raised after every action attempt, so the page reads the list and this meeting again.</summary>
    [Parameter]
    public EventCallback<MeetingId> OnChanged { get; set; }

    private bool MayOrganise => MeetingAccess.MayOrganise(Viewer, Meeting);

    /// <summary>The viewer's own invitation (not their team's): only that one they can answer, as on the agenda card.</summary>
    private Invitee? MyInvitation => Meeting.FindInvitee(InviteeRef.For(Viewer.Id));

    private string Where => Meeting.Online
        ? string.IsNullOrWhiteSpace(Meeting.Location) ? Text["Details.Online"] : $"{Meeting.Location} + {Text["Details.Online"]}"
        : Meeting.Location ?? string.Empty;

    private string ScopeName => Municipality.FindDistrict(Meeting.Scope)?.Name
        ?? (AreaId.TryParse(Meeting.Scope, out var area) ? Municipality.FindArea(area)?.Name : null)
        ?? Meeting.Scope;

    protected override void OnParametersSet()
    {
        attended.Clear();
        attended.UnionWith(Meeting.Status == MeetingStatus.Held
            ? Meeting.Attendees.Select(a => a.Ref)
            : Meeting.Invitees.Where(i => i.Rsvp == Rsvp.Accepted).Select(i => i.Ref));
    }

    private string ThemeName(string id) => Municipality.Themes.FirstOrDefault(t => t.Id == id)?.Name ?? id;

    private string NameOf(InviteeRef invitee) => Names.GetValueOrDefault(invitee) ?? invitee.Id;

    private IReadOnlyList<string> ErrorsAt(string field) => errors.Where(e => e.Field == field).Select(Problems.Reason).ToList();

    private void Mark(InviteeRef invitee, bool on)
    {
        if (on)
        {
            attended.Add(invitee);
        }
        else
        {
            attended.Remove(invitee);
        }
    }

    private Task CancelAsync() =>
        ActAsync("meeting.cancel", () => Meetings.CancelAsync(Meeting.Id, Viewer.Id, reason, CancellationToken.None), "Details.Cancelled", () => reason = null);

    private Task RecordAttendanceAsync() =>
        ActAsync("meeting.attendance", () => Meetings.RecordAttendanceAsync(Meeting.Id, Viewer.Id, [.. attended], CancellationToken.None), "Details.AttendanceSaved", () => { });

    private Task AnswerAsync(Rsvp answer) =>
        ActAsync("meeting.answer", () => Meetings.AnswerAsync(Meeting.Id, Viewer.Id, answer, CancellationToken.None), "Details.Answered", () => { });

    private Task CompleteAsync(int number) =>
        ActAsync("meeting.completeAction", () => Meetings.CompleteActionAsync(Meeting.Id, Viewer.Id, number, CancellationToken.None), "Details.ActionDone", () => { });

    private Task AgreeAsync()
    {
        var owner = ColleagueId.TryParse(actionOwner, out var id) ? id : (ColleagueId?)null;
        var due = DateOnly.TryParseExact(actionDue, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : (DateOnly?)null;
        return ActAsync(
            "meeting.agreeAction",
            () => Meetings.AgreeActionAsync(Meeting.Id, Viewer.Id, actionText, owner, due, CancellationToken.None),
            "Details.ActionAdded",
            () => actionText = actionOwner = actionDue = null);
    }

    private async Task ActAsync(string action, Func<Task<Result<Meeting>?>> act, string doneKey, Action clear)
    {
        busy = true;
        (errors, problem, done, conflict) = ([], null, null, false);
        try
        {
            var result = await act();
            await PageAudit.RecordAsync(Viewer, action, "meeting", Meeting.Id.ToString(), result);
            if (result is null)
            {
                problem = Text["NotFound"];
            }
            else if (!result.IsValid)
            {
                errors = result.Errors;
                conflict = errors.Any(e => e.Code == ValidationCodes.MeetingChangedMeanwhile);
                var general = errors.Where(e => !InputFields.Contains(e.Field)).Select(Problems.Reason).ToList();
                problem = general.Count > 0 ? string.Join(" ", general) : Text["Form.Fix"];
            }
            else
            {
                done = Text[doneKey];
                clear();
            }
        }
        finally
        {
            busy = false;
        }

        await OnChanged.InvokeAsync(Meeting.Id);
    }
}
