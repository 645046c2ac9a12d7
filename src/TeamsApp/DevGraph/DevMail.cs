namespace Wijkverbinder.TeamsApp.DevGraph;

/// <summary>One mail the local Graph stand-in accepted, as sendMail received it.</summary>
public sealed record DevMail(
    string Id,
    DateTimeOffset ReceivedAt,
    string Mailbox,
    IReadOnlyList<DevMailRecipient> To,
    string Subject,
    string ContentType,
    string Body,
    string? InternetMessageId,
    bool SavedToSentItems);
