using Microsoft.Extensions.Options;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Referrals;
using Wijkverbinder.Notifications.Referrals;

namespace Wijkverbinder.Notifications.Mail;

/// <summary>
/// Writes the mail for one notification: subject and opening line by purpose, the referral's facts, a link that opens
/// it in Teams. Dutch, or English for a colleague whose locale is "en". Every text people typed is HTML-encoded.
/// </summary>
public sealed class ReferralMailComposer(IOptions<WijkverbinderOptions> options)
{
    public OutgoingMail Compose(ReferralView view, Notification notification, Colleague recipient)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(notification);
        ArgumentNullException.ThrowIfNull(recipient);
        var sender = options.Value.SenderMailbox;
        var at = sender.LastIndexOf('@');
        if (at < 1 || at == sender.Length - 1)
        {
            throw new InvalidOperationException("Wijkverbinder:SenderMailbox must be a mail address to send referral mails.");
        }

        var text = MailText.For(recipient.Locale);
        var wording = MailWording.For(view, notification, text);
        var html = new ReferralMailHtml(text, MunicipalityZone).Write(view, recipient, wording);
        return new OutgoingMail(sender, recipient.Mail, recipient.Name, wording.Subject, html, $"<{notification.Id}@{sender[(at + 1)..]}>");
    }

    /// <summary>Dutch municipalities: event times in Amsterdam time (UTC where the machine has no zone data).</summary>
    private static readonly TimeZoneInfo MunicipalityZone =
        TimeZoneInfo.TryFindSystemTimeZoneById("Europe/Amsterdam", out var amsterdam) ? amsterdam : TimeZoneInfo.Utc;
}
