namespace Wijkverbinder.TeamsApp.DevGraph;

/// <summary>A calendar event kept by the local Graph stand-in: what was created, patched or cancelled.</summary>
public sealed record DevEvent(
    string Id,
    string Mailbox,
    string? TransactionId,
    string Subject,
    string BodyHtml,
    string Location,
    string Start,
    string End,
    string TimeZone,
    bool Online,
    string? JoinUrl,
    IReadOnlyList<string> Attendees,
    DateTimeOffset CreatedAt,
    int Updates = 0,
    bool Cancelled = false,
    string? CancelComment = null);
