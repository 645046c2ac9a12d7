using System.Net;
using Microsoft.Extensions.Options;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Meetings;
using Wijkverbinder.Domain.Network;

namespace Wijkverbinder.Notifications.Meetings;

/// <summary>
/// Brings a meeting's calendar event to the meeting as it is now: planned without an event creates it (transactionId =
/// the meeting id, so a create repeated after a crash returns the first event), planned with one updates it, cancelled
/// cancels it with the reason; a held meeting's event is left as it is. The event id and join link go in the links.
/// </summary>
public sealed class MeetingCalendarSync(
    IMeetingStore meetings,
    IColleagueDirectory colleagues,
    INetworkStore network,
    GraphMeetingCalendar calendar,
    IOptions<WijkverbinderOptions> options)
{
    public async Task SyncAsync(Meeting meeting, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        var links = await meetings.GetLinksAsync(meeting.Id, cancellationToken);
        if (meeting.Status == MeetingStatus.Held || (meeting.Status == MeetingStatus.Cancelled && links.CalendarEventId is null))
        {
            return;
        }

        var organiser = await colleagues.GetAsync(meeting.Id.Municipality, meeting.Organiser, cancellationToken);
        var shared = options.Value.CalendarMailbox;
        // The Graph user goes into request paths (HTTP logs, dependency telemetry): a configured functional mailbox, or
        // else the organiser's Entra object id, never a person's mail address.
        var user = string.IsNullOrWhiteSpace(shared) ? CalendarUser(meeting.Organiser, organiser) : shared;
        var mailbox = string.IsNullOrWhiteSpace(shared) ? organiser?.Mail : shared;

        if (meeting.Status == MeetingStatus.Cancelled)
        {
            await calendar.CancelAsync(user, links.CalendarEventId!, meeting.CancelReason, cancellationToken);
            return;
        }

        var draft = await DraftAsync(meeting, mailbox, organiser, cancellationToken);
        var made = links.CalendarEventId is { } eventId
            ? await calendar.UpdateAsync(user, eventId, draft, cancellationToken)
            : await calendar.CreateAsync(user, draft, cancellationToken);
        if (made.Id != links.CalendarEventId || (made.JoinUrl ?? links.JoinUrl) != links.JoinUrl)
        {
            await meetings.SaveLinksAsync(meeting.Id, links with { CalendarEventId = made.Id, JoinUrl = made.JoinUrl ?? links.JoinUrl }, cancellationToken);
        }
    }

    /// <summary>
    /// A person by their Entra object id (Graph accepts /users/{id}); a team by its shared mailbox, a functional address.
    /// No mailbox means no calendar, as before.
    /// </summary>
    private static string CalendarUser(ColleagueId organiserId, Colleague? organiser) =>
        organiser is not { Mail.Length: > 0 }
            ? throw new InvalidOperationException("The meeting's organiser has no mailbox and no shared calendar mailbox is configured.")
            : organiserId.IsTeam ? organiser.Mail : organiserId.Value;

    private async Task<CalendarEventDraft> DraftAsync(Meeting meeting, string? mailbox, Colleague? organiser, CancellationToken cancellationToken)
    {
        var attendees = new List<CalendarAttendee>();
        if (organiser is not null && !string.Equals(organiser.Mail, mailbox, StringComparison.OrdinalIgnoreCase))
        {
            attendees.Add(new(organiser.Mail, organiser.Name));
        }

        foreach (var colleague in meeting.Invitees.Select(i => i.Ref.Colleague).OfType<ColleagueId>())
        {
            if (await colleagues.GetAsync(meeting.Id.Municipality, colleague, cancellationToken) is { Mail: { Length: > 0 } mail } found)
            {
                attendees.Add(new(mail, found.Name));
            }
        }

        foreach (var area in meeting.Invitees.Select(i => i.Ref.Member).OfType<MemberId>().GroupBy(m => m.Area))
        {
            var members = await network.GetMembersAsync(area.Key, area.ToList(), cancellationToken);
            attendees.AddRange(area
                .Select(id => members.GetValueOrDefault(id))
                .OfType<Person>()
                .Where(p => !string.IsNullOrWhiteSpace(p.Email))
                .Select(p => new CalendarAttendee(p.Email!, p.Name)));
        }

        return new CalendarEventDraft(
            meeting.Title,
            Body(meeting.Agenda),
            meeting.Location,
            meeting.Start,
            meeting.End,
            meeting.Online,
            [.. attendees.DistinctBy(a => a.Address, StringComparer.OrdinalIgnoreCase).Where(a => !string.Equals(a.Address, mailbox, StringComparison.OrdinalIgnoreCase))],
            meeting.Id.ToString());
    }

    /// <summary>The agenda as encoded text: what someone typed can never become markup in Outlook.</summary>
    private static string Body(string? agenda) =>
        string.IsNullOrWhiteSpace(agenda)
            ? string.Empty
            : "<p>" + string.Join("<br>", agenda.Split('\n').Select(line => WebUtility.HtmlEncode(line.TrimEnd('\r')))) + "</p>";
}
