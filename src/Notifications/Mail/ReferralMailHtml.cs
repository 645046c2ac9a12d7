using System.Globalization;
using System.Text;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Referrals;
using Wijkverbinder.Notifications.Referrals;

namespace Wijkverbinder.Notifications.Mail;

/// <summary>
/// The mail's HTML: nested tables with inline styles (what Outlook renders), no scripts, no images. Every value from a
/// person or the directory goes through <see cref="MailText.Encode"/>.
/// </summary>
internal sealed class ReferralMailHtml(MailText text, TimeZoneInfo zone)
{
    private const string Font = "font-family:'Segoe UI',Arial,sans-serif;font-size:14px;line-height:20px;color:#242424;";
    private const string Cell = "padding:6px 12px 6px 0;vertical-align:top;border-bottom:1px solid #edebe9;";
    private readonly StringBuilder html = new();

    public string Write(ReferralView view, Colleague recipient, MailWording wording)
    {
        var referral = view.Referral;
        html.Append(CultureInfo.InvariantCulture, $"<!DOCTYPE html><html lang=\"{text.Culture.TwoLetterISOLanguageName}\"><head><meta charset=\"utf-8\">")
            .Append("<title>").Append(MailText.Encode(wording.Subject)).Append("</title></head>")
            .Append("<body style=\"margin:0;padding:0;background-color:#f3f2f1;\">")
            .Append("<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" style=\"background-color:#f3f2f1;\"><tr><td align=\"center\" style=\"padding:24px 12px;\">")
            .Append(CultureInfo.InvariantCulture, $"<table role=\"presentation\" width=\"600\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" style=\"background-color:#ffffff;{Font}\">")
            .Append("<tr><td style=\"padding:24px;\">");

        Paragraph(text.Html("Greeting", recipient.Name));
        Paragraph(wording.IntroHtml);
        if (!string.IsNullOrWhiteSpace(wording.Quote))
        {
            html.Append("<table role=\"presentation\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" style=\"margin:0 0 16px 0;\"><tr>")
                .Append("<td style=\"border-left:4px solid #5b5fc7;padding:8px 12px;background-color:#f5f5fb;\">")
                .Append("<strong>").Append(MailText.Encode(wording.QuoteLabel)).Append("</strong><br>").Append(Multiline(wording.Quote))
                .Append("</td></tr></table>");
        }

        html.Append("<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" style=\"margin:0 0 20px 0;\">");
        Fact("Label.Summary", MailText.Encode(referral.Summary));
        if (!string.IsNullOrWhiteSpace(referral.Details))
        {
            Fact("Label.Details", Multiline(referral.Details));
        }

        if (view.InitiativeName is { } initiative)
        {
            Fact("Label.Initiative", MailText.Encode(initiative));
        }

        Fact("Label.District", MailText.Encode(view.DistrictName));
        Fact("Label.Theme", MailText.Encode(view.ThemeName));
        Fact("Label.Urgency", MailText.Encode(text[$"Urgency.{referral.Urgency}"]));
        Fact("Label.DueDate", MailText.Encode(text.Date(referral.DueDate)));
        Fact("Label.Referrer", MailText.Encode(view.NameOf(referral.Referrer)));
        Fact("Label.Receiver", MailText.Encode(view.NameOf(referral.Receiver)));
        Fact("Label.Status", MailText.Encode(text[$"Status.{referral.Status}"]));
        if (view.History.Count > 0)
        {
            Fact("Label.LastEvent", LastEvent(view, view.History[^1]));
        }

        html.Append("</table>")
            .Append("<table role=\"presentation\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" style=\"margin:0 0 24px 0;\"><tr>")
            .Append("<td style=\"background-color:#5b5fc7;border-radius:4px;\">")
            .Append("<a href=\"").Append(MailText.Encode(view.OpenInTeams.AbsoluteUri))
            .Append("\" style=\"display:inline-block;padding:10px 20px;color:#ffffff;text-decoration:none;font-weight:600;\">")
            .Append(MailText.Encode(text["Button.OpenInTeams"])).Append("</a></td></tr></table>")
            .Append("<p style=\"margin:0 0 4px 0;font-size:12px;line-height:16px;color:#616161;\">").Append(MailText.Encode(text["Footer.Confidential"])).Append("</p>")
            .Append("<p style=\"margin:0;font-size:12px;line-height:16px;color:#616161;\">").Append(MailText.Encode(text["Footer.Sender"])).Append("</p>")
            .Append("</td></tr></table></td></tr></table></body></html>");
        return html.ToString();
    }

    private static string Multiline(string? value) =>
        MailText.Encode(value).ReplaceLineEndings("<br>");

    private void Paragraph(string innerHtml) =>
        html.Append("<p style=\"margin:0 0 16px 0;\">").Append(innerHtml).Append("</p>");

    private void Fact(string labelKey, string valueHtml) =>
        html.Append(CultureInfo.InvariantCulture, $"<tr><td width=\"160\" style=\"{Cell}color:#616161;\">")
            .Append(MailText.Encode(text[labelKey]))
            .Append(CultureInfo.InvariantCulture, $"</td><td style=\"{Cell}\">").Append(valueHtml).Append("</td></tr>");

    private string LastEvent(ReferralView view, ReferralEvent last)
    {
        var actor = last.Actor is { } id ? view.NameOf(id) : text["Event.System"];
        var when = TimeZoneInfo.ConvertTime(last.At, zone).ToString("d MMMM yyyy HH:mm", text.Culture);
        var line = text.Html("Event.Line", text[$"Event.{last.Kind}"], actor, when);
        return string.IsNullOrWhiteSpace(last.Text) ? line : line + "<br>" + Multiline(last.Text);
    }
}
