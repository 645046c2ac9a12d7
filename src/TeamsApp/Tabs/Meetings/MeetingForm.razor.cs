using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using Wijkverbinder.Domain.Audit;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Meetings;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.Domain.Validation;
using Wijkverbinder.TeamsApp.Problems;
using Wijkverbinder.TeamsApp.Audit;
using Wijkverbinder.TeamsApp.Resources;
using Wijkverbinder.TeamsApp.Tabs.Identity;
using Wijkverbinder.TeamsApp.Tabs.Referrals;

namespace Wijkverbinder.TeamsApp.Tabs.Meetings;

/// <summary>
/// The plan form. Suggestions come from <see cref="MeetingService.SuggestInviteesAsync"/> whenever the scope or the
/// themes change; new suggestions are chosen, ones the organiser unticked stay unticked. Saving goes through
/// <see cref="MeetingService"/>, whose refusals are shown at their field and store nothing.
/// </summary>
public sealed partial class MeetingForm
{
    /// <summary>The fields with an input of their own; other refusals go to the message bar.</summary>
    private static readonly string[] InputFields = ["title", "scope", "themes", "start", "end", "location", "agenda", "invitees"];

    private readonly HashSet<string> themes = new(StringComparer.Ordinal);
    private readonly HashSet<InviteeRef> chosen = [];
    private readonly HashSet<InviteeRef> seen = [];
    private MeetingKind kind = MeetingKind.ThemeMeeting;
    private string? title;
    private string? scope;
    private string? date;
    private string? start;
    private string? end;
    private string? location;
    private string? agenda;
    private bool online;
    private string? colleagueToAdd;
    private IReadOnlyList<SuggestedInvitee>? suggestions;
    private IReadOnlyList<ValidationError> errors = [];
    private string? problem;
    private bool busy;

    [Inject]
    public required PageAudit PageAudit { get; set; }

    [Inject]
    public required MeetingService Meetings { get; set; }

    [Inject]
    public required ApiProblems Problems { get; set; }

    [Inject]
    public required IStringLocalizer<MeetingTabTexts> Text { get; set; }

    [CascadingParameter]
    public required TabUser User { get; set; }

    [Parameter, EditorRequired]
    public required Municipality Municipality { get; set; }

    /// <summary>The municipality's colleagues: who can be added.</summary>
    [Parameter, EditorRequired]
    public required IReadOnlyList<Colleague> Colleagues { get; set; }

    /// <summary>The meeting to change; null to plan a new one.</summary>
    [Parameter]
    public Meeting? Existing { get; set; }

    /// <summary>Names of the existing meeting's invitees (members outside the suggestions show by name).</summary>
    [Parameter]
    public IReadOnlyDictionary<InviteeRef, string> Names { get; set; } = new Dictionary<InviteeRef, string>();

    [Parameter]
    public EventCallback<Meeting> OnSaved { get; set; }

    [Parameter]
    public EventCallback OnClose { get; set; }

    private Area? Area => Municipality.AreaOfScope(scope);

    /// <summary>The districts the user works in, and the areas they work in whole (as the status tab offers them).</summary>
    private IEnumerable<(string Value, string Name)> Scopes =>
        Municipality.Areas.SelectMany(area =>
            (User.WorksInAll(area) ? [(area.Id.ToString(), string.Format(CultureInfo.CurrentCulture, Text["Form.ScopeArea"], area.Name))] : Array.Empty<(string, string)>())
            .Concat(area.DistrictCodes.Where(User.WorksIn).Select(code => (code, Municipality.FindDistrict(code)?.Name ?? code))));

    private IEnumerable<Colleague> ChosenColleagues =>
        Colleagues.Where(c => chosen.Contains(InviteeRef.For(c.Id))).OrderBy(c => c.Name, StringComparer.CurrentCulture);

    private List<InviteeRef> OtherMembers =>
        [.. chosen.Where(r => r.Kind == InviteeKind.Member && suggestions?.Any(s => InviteeRef.For(s.Id) == r) != true).OrderBy(r => r.Id, StringComparer.Ordinal)];

    protected override async Task OnInitializedAsync()
    {
        if (Existing is { } meeting)
        {
            (kind, title, scope, location, agenda, online) = (meeting.Kind, meeting.Title, meeting.Scope, meeting.Location, meeting.Agenda, meeting.Online);
            themes.UnionWith(meeting.Themes);
            var (day, from) = DateText.ToDutch(meeting.Start);
            date = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            start = from.ToString("HH:mm", CultureInfo.InvariantCulture);
            end = DateText.ToDutch(meeting.End).Time.ToString("HH:mm", CultureInfo.InvariantCulture);
            chosen.UnionWith(meeting.Invitees.Select(i => i.Ref));
            seen.UnionWith(chosen);
            await SuggestAsync(keepOthers: true);
            seen.UnionWith((suggestions ?? []).Select(s => InviteeRef.For(s.Id)));
        }
    }

    private async Task ChooseScopeAsync(string? value)
    {
        scope = string.IsNullOrEmpty(value) ? null : value;
        var area = Area;
        themes.RemoveWhere(t => area is null || !area.WorksOn(t));
        await SuggestAsync(keepOthers: Existing is not null);
    }

    private async Task ToggleThemeAsync(string theme, bool on)
    {
        if (on)
        {
            themes.Add(theme);
        }
        else
        {
            themes.Remove(theme);
        }

        await SuggestAsync(keepOthers: Existing is not null);
    }

    /// <summary>Reads the suggestions for the scope and themes; new ones are chosen, members no longer suggested dropped (when planning).</summary>
    private async Task SuggestAsync(bool keepOthers)
    {
        suggestions = scope is null ? null : await Meetings.SuggestInviteesAsync(Municipality, scope, themes, CancellationToken.None);
        if (scope is not null)
        {
            // The suggestions name people of the network: a read of personal data.
            await PageAudit.RecordAsync(User, "meeting.invitees", "scope", scope, suggestions is null ? AuditResult.Failed : AuditResult.Allowed);
        }
        var suggested = (suggestions ?? []).Select(s => InviteeRef.For(s.Id)).ToHashSet();
        if (!keepOthers)
        {
            chosen.RemoveWhere(r => r.Kind == InviteeKind.Member && !suggested.Contains(r));
        }

        foreach (var fresh in suggested.Where(seen.Add))
        {
            chosen.Add(fresh);
        }
    }

    private void Choose(InviteeRef invitee, bool on)
    {
        if (on)
        {
            chosen.Add(invitee);
        }
        else
        {
            chosen.Remove(invitee);
        }
    }

    private void AddColleague()
    {
        if (ColleagueId.TryParse(colleagueToAdd, out var id))
        {
            chosen.Add(InviteeRef.For(id));
            colleagueToAdd = null;
        }
    }

    private IReadOnlyList<string> ErrorsAt(string field) => errors.Where(e => e.Field == field).Select(Problems.Reason).ToList();

    private string? Invalid(string field) => ErrorsAt(field).Count > 0 ? "true" : null;

    private string? ErrorId(string field, string? hint = null) => ErrorsAt(field).Count > 0 ? $"meeting-{field}-error" : hint;

    private static string InputId(InviteeRef invitee) => "invitee-" + invitee.Id.Replace('.', '-');

    private async Task SaveAsync()
    {
        busy = true;
        problem = null;
        try
        {
            var input = new List<ValidationError>();
            var draft = Draft(input);
            if (draft is null)
            {
                errors = input;
                problem = Text["Form.Fix"];
                return;
            }

            var result = Existing is null
                ? await Meetings.PlanAsync(Municipality, draft, User.Id, CancellationToken.None)
                : await Meetings.ChangeAsync(Municipality, Existing.Id, draft, User.Id, CancellationToken.None);
            await PageAudit.RecordAsync(User, Existing is null ? "meeting.plan" : "meeting.change", "meeting", (result?.Value?.Id ?? Existing?.Id)?.ToString(), result);
            if (result is null)
            {
                problem = Text["NotFound"];
            }
            else if (!result.IsValid)
            {
                errors = result.Errors;
                var general = errors.Where(e => !InputFields.Contains(e.Field)).Select(Problems.Reason).ToList();
                problem = general.Count > 0 ? string.Join(" ", general) : Text["Form.Fix"];
            }
            else
            {
                errors = [];
                await OnSaved.InvokeAsync(result.Value!);
            }
        }
        finally
        {
            busy = false;
        }
    }

    /// <summary>The draft, or null with the unreadable date and times noted (then nothing is sent to the domain).</summary>
    private MeetingDraft? Draft(List<ValidationError> input)
    {
        var day = DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : (DateOnly?)null;
        var from = Time(start);
        var to = Time(end);
        if (day is null || from is null)
        {
            input.Add(new("start", ValidationCodes.Required));
        }

        if (to is null)
        {
            input.Add(new("end", ValidationCodes.Required));
        }

        if (input.Count > 0)
        {
            return null;
        }

        return new MeetingDraft
        {
            Kind = kind,
            Title = title ?? string.Empty,
            Scope = scope ?? string.Empty,
            Themes = [.. themes.Order(StringComparer.Ordinal)],
            Start = DateText.FromDutch(day!.Value, from!.Value),
            End = DateText.FromDutch(day.Value, to!.Value),
            Location = location,
            Online = online,
            Agenda = agenda,
            Invitees = [.. chosen.OrderBy(r => r.ToString(), StringComparer.Ordinal)],
        };
    }

    private static TimeOnly? Time(string? text) =>
        TimeOnly.TryParseExact(text, ["HH:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var t) ? t : null;
}
