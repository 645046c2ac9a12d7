using System.Globalization;
using Microsoft.Graph.Models;
using Microsoft.Graph.Users.Item.Events.Item.Cancel;
using Wijkverbinder.Notifications.Mail;

namespace Wijkverbinder.Notifications.Meetings;

/// <summary>
/// Meeting events in a user's calendar with Microsoft Graph (app-only, Calendars.ReadWrite): create
/// (POST /users/{user}/events with a transactionId, so a retried create returns the event made before), update
/// (PATCH /users/{user}/events/{id}) and cancel (POST …/cancel with a comment for the attendees). Uses the mail
/// sender's Graph client: one retry policy and one concurrency limit per user. The user is an Entra object id or a
/// functional mailbox, never a person's address: it goes into request paths, HTTP logs and dependency telemetry. Failures are
/// <see cref="MailDeliveryException"/> with Graph's status and code.
/// </summary>
public sealed class GraphMeetingCalendar(GraphMailSender graph)
{
    /// <summary>Times are sent in UTC, so no Windows time zone name is needed; Outlook shows them in local time.</summary>
    private const string TimeZone = "UTC";

    public Task<CalendarEventRef> CreateAsync(string user, CalendarEventDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var body = Event(draft);
        body.TransactionId = draft.TransactionId;
        return graph.CallAsync("createEvent", user, async () =>
        {
            var created = await graph.Client.Users[user].Events.PostAsync(body, cancellationToken: cancellationToken)
                ?? throw new MailDeliveryException(null, "EmptyResponse", true);
            return new CalendarEventRef(created.Id ?? throw new MailDeliveryException(null, "NoEventId", true), created.OnlineMeeting?.JoinUrl);
        }, cancellationToken);
    }

    public Task<CalendarEventRef> UpdateAsync(string user, string eventId, CalendarEventDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return graph.CallAsync("updateEvent", user, async () =>
        {
            var updated = await graph.Client.Users[user].Events[eventId].PatchAsync(Event(draft), cancellationToken: cancellationToken);
            return new CalendarEventRef(updated?.Id ?? eventId, updated?.OnlineMeeting?.JoinUrl);
        }, cancellationToken);
    }

    /// <summary>Cancels the event; false when Graph no longer has it (cancelled before: cancel moves it to Deleted Items).</summary>
    public async Task<bool> CancelAsync(string user, string eventId, string? comment, CancellationToken cancellationToken)
    {
        try
        {
            return await graph.CallAsync("cancelEvent", user, async () =>
            {
                await graph.Client.Users[user].Events[eventId].Cancel.PostAsync(new CancelPostRequestBody { Comment = comment ?? string.Empty }, cancellationToken: cancellationToken);
                return true;
            }, cancellationToken);
        }
        catch (MailDeliveryException e) when (e.StatusCode == 404)
        {
            return false;
        }
    }

    private static Event Event(CalendarEventDraft draft)
    {
        var e = new Event
        {
            Subject = draft.Subject,
            Body = new ItemBody { ContentType = BodyType.Html, Content = draft.HtmlBody },
            Start = new DateTimeTimeZone { DateTime = Utc(draft.Start), TimeZone = TimeZone },
            End = new DateTimeTimeZone { DateTime = Utc(draft.End), TimeZone = TimeZone },
            Location = new Location { DisplayName = draft.Location ?? string.Empty },
            Attendees = [.. draft.Attendees.Select(a => new Attendee { EmailAddress = new EmailAddress { Address = a.Address, Name = a.Name }, Type = AttendeeType.Required })],
            IsOnlineMeeting = draft.Online,
        };
        if (draft.Online)
        {
            // Set only when online: the SDK writes every property that was set, null included.
            e.OnlineMeetingProvider = OnlineMeetingProviderType.TeamsForBusiness;
        }

        return e;
    }

    private static string Utc(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture);
}
