using System.Globalization;
using Microsoft.Extensions.Options;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Meetings;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.Notifications.Mail;

namespace Wijkverbinder.Notifications.Meetings;

/// <summary>
/// The rhythm reminder mail to a wijkmanager: which district or theme is due and when a meeting was last held. Dutch,
/// or English for a colleague whose locale is "en"; names are encoded. The message id is the reminder's key and the
/// manager, so a retry after a crash can be recognised in Sent Items.
/// </summary>
public sealed class RhythmMailComposer(IOptions<WijkverbinderOptions> options)
{
    public OutgoingMail Compose(RhythmReminder reminder, Municipality municipality, Colleague manager, RhythmSettings settings)
    {
        ArgumentNullException.ThrowIfNull(reminder);
        ArgumentNullException.ThrowIfNull(municipality);
        ArgumentNullException.ThrowIfNull(manager);
        ArgumentNullException.ThrowIfNull(settings);
        var sender = options.Value.SenderMailbox;
        var at = sender.LastIndexOf('@');
        if (at < 1 || at == sender.Length - 1)
        {
            throw new InvalidOperationException("Wijkverbinder:SenderMailbox must be a mail address to send reminder mails.");
        }

        var text = MailText.For(manager.Locale);
        var kind = reminder.Kind.ToString();
        var (subject, intro) = reminder.Kind == RhythmReminderKind.FeedbackMeeting
            ? (text.Plain($"Rhythm.Subject.{kind}", DistrictName(municipality, reminder.Scope)),
                text.Html($"Rhythm.Intro.{kind}", DistrictName(municipality, reminder.Scope), Months(settings.FeedbackMonths)))
            : (text.Plain($"Rhythm.Subject.{kind}", ThemeName(municipality, reminder.Theme), AreaName(municipality, reminder.Scope)),
                text.Html($"Rhythm.Intro.{kind}", ThemeName(municipality, reminder.Theme), AreaName(municipality, reminder.Scope), Months(settings.ThemeMonths)));
        var last = reminder.LastHeld is { } day ? text.Html("Rhythm.LastHeld", text.Date(day)) : text.Html("Rhythm.NeverHeld");
        var html = string.Create(
            CultureInfo.InvariantCulture,
            $"<!DOCTYPE html><html lang=\"{text.Culture.TwoLetterISOLanguageName}\"><head><meta charset=\"utf-8\"><title>{MailText.Encode(subject)}</title></head>" +
            $"<body style=\"font-family:'Segoe UI',Arial,sans-serif;font-size:14px;line-height:20px;color:#242424;\">" +
            $"<p>{text.Html("Greeting", manager.Name)}</p><p>{intro}</p><p>{last}</p><p style=\"color:#616161;font-size:12px;\">{text.Html("Footer.Sender")}</p></body></html>");
        var id = $"<{reminder.Key}.{manager.Id.Value}@{sender[(at + 1)..]}>";
        return new OutgoingMail(sender, manager.Mail, manager.Name, subject, html, id);
    }

    private static string Months(int months) => months.ToString(CultureInfo.InvariantCulture);

    private static string DistrictName(Municipality municipality, string code) => municipality.FindDistrict(code)?.Name ?? code;

    private static string AreaName(Municipality municipality, string area) =>
        AreaId.TryParse(area, out var id) && municipality.FindArea(id) is { } found ? found.Name : area;

    private static string ThemeName(Municipality municipality, string? theme) =>
        municipality.Themes.FirstOrDefault(t => t.Id == theme)?.Name ?? theme ?? string.Empty;
}
