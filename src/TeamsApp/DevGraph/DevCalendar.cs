using System.Text.Json;

namespace Wijkverbinder.TeamsApp.DevGraph;

/// <summary>
/// The calendar events created through the local stand-in, in memory. Like Graph, a create with a transactionId that
/// the calendar has seen returns the event made then instead of a second one; cancel removes the event from use
/// (Graph moves it to Deleted Items), so a later update or cancel finds nothing. Calendars are keyed by the user in the
/// request path as it comes: an Entra object id (what the product sends for a person) or a functional mailbox.
/// </summary>
public sealed class DevCalendar
{
    private readonly List<DevEvent> events = [];
    private readonly Lock gate = new();

    public IReadOnlyList<DevEvent> Newest()
    {
        lock (gate)
        {
            return [.. events.OrderByDescending(e => e.CreatedAt).ThenByDescending(e => e.Id, StringComparer.Ordinal)];
        }
    }

    /// <summary>Creates the event, or returns the one created before with the same transactionId in this mailbox.</summary>
    public DevEvent Create(string mailbox, JsonElement body, DateTimeOffset now)
    {
        var transactionId = Text(body, "transactionId");
        lock (gate)
        {
            if (transactionId is not null && events.FirstOrDefault(e => Same(e.Mailbox, mailbox) && e.TransactionId == transactionId) is { } earlier)
            {
                return earlier;
            }

            var id = "AAMkDev" + Guid.NewGuid().ToString("N");
            var created = Apply(new DevEvent(id, mailbox, transactionId, "", "", "", "", "", "", false, null, [], now), body);
            events.Add(created);
            return created;
        }
    }

    /// <summary>Applies the fields the body has; null when the mailbox has no such event (or it was cancelled).</summary>
    public DevEvent? Update(string mailbox, string id, JsonElement body)
    {
        lock (gate)
        {
            var index = Find(mailbox, id);
            if (index < 0)
            {
                return null;
            }

            events[index] = Apply(events[index], body) with { Updates = events[index].Updates + 1 };
            return events[index];
        }
    }

    /// <summary>Cancels the event; false when the mailbox has no such event (or it was cancelled before).</summary>
    public bool Cancel(string mailbox, string id, string? comment)
    {
        lock (gate)
        {
            var index = Find(mailbox, id);
            if (index < 0)
            {
                return false;
            }

            events[index] = events[index] with { Cancelled = true, CancelComment = comment };
            return true;
        }
    }

    private int Find(string mailbox, string id) => events.FindIndex(e => Same(e.Mailbox, mailbox) && e.Id == id && !e.Cancelled);

    private static DevEvent Apply(DevEvent e, JsonElement body)
    {
        var online = body.TryGetProperty("isOnlineMeeting", out var flag) && flag.ValueKind is JsonValueKind.True or JsonValueKind.False ? flag.GetBoolean() : e.Online;
        return e with
        {
            Subject = Text(body, "subject") ?? e.Subject,
            BodyHtml = body.TryGetProperty("body", out var b) ? Text(b, "content") ?? e.BodyHtml : e.BodyHtml,
            Location = body.TryGetProperty("location", out var l) ? Text(l, "displayName") ?? e.Location : e.Location,
            Start = body.TryGetProperty("start", out var s) ? Text(s, "dateTime") ?? e.Start : e.Start,
            End = body.TryGetProperty("end", out var en) ? Text(en, "dateTime") ?? e.End : e.End,
            TimeZone = body.TryGetProperty("start", out var z) ? Text(z, "timeZone") ?? e.TimeZone : e.TimeZone,
            Online = online,
            JoinUrl = online ? e.JoinUrl ?? $"https://teams.dev.local/l/meetup-join/{e.Id}" : e.JoinUrl,
            Attendees = body.TryGetProperty("attendees", out var a) && a.ValueKind == JsonValueKind.Array
                ? [.. a.EnumerateArray().Select(x => x.TryGetProperty("emailAddress", out var address) ? Text(address, "address") ?? "" : "")]
                : e.Attendees,
        };
    }

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
