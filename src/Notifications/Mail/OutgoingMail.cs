namespace Wijkverbinder.Notifications.Mail;

/// <summary>
/// One mail to send. <see cref="InternetMessageId"/> is derived from the notification, so a retry can ask the sender's
/// Sent Items whether an earlier attempt already went out before sending again.
/// </summary>
public sealed record OutgoingMail(
    string FromMailbox,
    string ToAddress,
    string ToName,
    string Subject,
    string HtmlBody,
    string InternetMessageId);
