using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using Wijkverbinder.Domain.Audit;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Meetings;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.TeamsApp.Audit;
using Wijkverbinder.TeamsApp.Resources;
using Wijkverbinder.TeamsApp.Tabs.Identity;
using Wijkverbinder.TeamsApp.Tabs.Shell;

namespace Wijkverbinder.TeamsApp.Tabs.Meetings;

/// <summary>
/// Loads the user's meetings (<see cref="MeetingTabQueries.MineAsync"/>) and the one they open, with its links, names and
/// aggregated feedback. A deep link opens a meeting: <c>?subEntityId=</c> outside Teams, Teams' <c>subPageId</c> inside.
/// </summary>
public sealed partial class MeetingsPage
{
    private IReadOnlyList<Meeting>? mine;
    private Municipality? municipality;
    private IReadOnlyList<Colleague> everyone = [];
    private IReadOnlyDictionary<InviteeRef, string> names = new Dictionary<InviteeRef, string>();
    private (Meeting Meeting, MeetingLinks Links)? selected;
    private FeedbackSummary? feedback;
    private FormState? form;
    private string? saved;
    private bool notRegistered;
    private bool notFound;

    [Inject]
    public required PageAudit PageAudit { get; set; }

    [Inject]
    public required MeetingTabQueries Queries { get; set; }

    [Inject]
    public required MeetingService Meetings { get; set; }

    [Inject]
    public required INetworkStore Network { get; set; }

    [Inject]
    public required IColleagueDirectory Colleagues { get; set; }

    [Inject]
    public required TimeProvider Clock { get; set; }

    [Inject]
    public required IStringLocalizer<MeetingTabTexts> Text { get; set; }

    [CascadingParameter]
    public required TabUser User { get; set; }

    [CascadingParameter]
    public TabHost? Host { get; set; }

    [SupplyParameterFromQuery(Name = "subEntityId")]
    public string? SubEntityId { get; set; }

    protected override async Task OnInitializedAsync()
    {
        if (!User.HasAny(TabRoles.Meetings))
        {
            return;
        }

        if (await Colleagues.GetAsync(User.Municipality, User.Id, CancellationToken.None) is null)
        {
            notRegistered = true;
            return;
        }

        municipality = await Network.GetMunicipalityAsync(User.Municipality, CancellationToken.None);
        everyone = await Colleagues.ListAsync(User.Municipality, CancellationToken.None);
        mine = await Queries.MineAsync(User, CancellationToken.None);
        await PageAudit.RecordAsync(User, "meeting.list", "meeting", null, AuditResult.Allowed);
        var linked = string.IsNullOrEmpty(SubEntityId) ? Host?.SubPageId : SubEntityId;
        if (!string.IsNullOrEmpty(linked))
        {
            if (MeetingId.TryParse(linked, out var id))
            {
                await SelectAsync(id);
            }
            else
            {
                notFound = true;
            }
        }
    }

    /// <summary>Specialists open the page for the meetings they are involved in; planning is the wijkteam's.</summary>
    private bool MayPlan => User.HasAny(TabRoles.PlanMeetings);

    private void OpenForm(Meeting? existing)
    {
        if (existing is null && !MayPlan)
        {
            return;
        }

        saved = null;
        form = new FormState(existing);
    }

    private async Task SelectAsync(MeetingId id)
    {
        saved = null;
        var note = AuditNote.Begin();
        selected = await Queries.GetAsync(User, id, CancellationToken.None);
        notFound = selected is null;
        await PageAudit.RecordAsync(User, "meeting.show", "meeting", id.ToString(), !notFound ? AuditResult.Allowed : note.Denied ? AuditResult.Denied : AuditResult.Failed);
        feedback = null;
        if (selected is { } open)
        {
            if (open.Meeting.Status == MeetingStatus.Held)
            {
                feedback = await Meetings.FeedbackSummaryAsync(id, CancellationToken.None);
            }

            names = await Queries.NamesAsync(open.Meeting, feedback?.Parties.Select(p => p.Party) ?? [], CancellationToken.None);
        }
    }

    private async Task SavedAsync(Meeting meeting)
    {
        var changed = form?.Existing is not null;
        form = null;
        mine = await Queries.MineAsync(User, CancellationToken.None);
        await SelectAsync(meeting.Id);
        saved = changed ? Text["Form.Changed"] : Text["Form.Planned"];
    }

    private async Task ChangedAsync(MeetingId id)
    {
        mine = await Queries.MineAsync(User, CancellationToken.None);
        var (keepProblem, keepSaved) = (notFound, saved);
        await SelectAsync(id);
        (notFound, saved) = (keepProblem && notFound, keepSaved);
    }

    /// <summary>The open form; a new instance per opening, so the form starts afresh.</summary>
    private sealed record FormState(Meeting? Existing);
}
