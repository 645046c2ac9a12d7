using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.Extensions.Localization;
using Wijkverbinder.TeamsApp.Resources;

namespace Wijkverbinder.TeamsApp.DevGraph;

/// <summary>
/// The local calendar: every event the stand-in holds, newest first, with its state. The agenda is shown in a
/// sandboxed iframe (srcdoc, no allow-scripts) under a CSP without scripts, like the outbox page.
/// </summary>
internal static class DevCalendarPage
{
    public static IResult Render(HttpContext context, DevCalendar calendar, IStringLocalizer<CalendarTexts> text)
    {
        var culture = CultureInfo.CurrentUICulture;
        var events = calendar.Newest();
        var html = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"<!DOCTYPE html><html lang=\"{culture.TwoLetterISOLanguageName}\"><head><meta charset=\"utf-8\">")
            .Append("<title>").Append(Encode(text["Title"])).Append("</title>")
            .Append("<style>body{font-family:'Segoe UI',Arial,sans-serif;margin:24px;color:#242424}")
            .Append("article{border:1px solid #d1d1d1;border-radius:4px;margin:0 0 24px;padding:12px}")
            .Append("dl{display:grid;grid-template-columns:10em 1fr;gap:4px 12px;margin:0 0 12px}dt{color:#616161}dd{margin:0}")
            .Append("iframe{width:100%;height:200px;border:1px solid #edebe9}</style></head><body>")
            .Append("<h1>").Append(Encode(text["Title"])).Append("</h1>")
            .Append("<p>").Append(Encode(text["Count", events.Count])).Append("</p>");
        if (events.Count == 0)
        {
            html.Append("<p>").Append(Encode(text["Empty"])).Append("</p>");
        }

        foreach (var e in events)
        {
            var status = e.Cancelled ? text["Cancelled", e.CancelComment ?? string.Empty] : text["Active", e.Updates];
            html.Append("<article><dl>");
            Row(html, text["Subject"], e.Subject);
            Row(html, text["Mailbox"], e.Mailbox);
            Row(html, text["When"], $"{e.Start} – {e.End} ({e.TimeZone})");
            Row(html, text["Location"], e.Location);
            Row(html, text["Online"], e.Online ? $"{text["Yes"]}: {e.JoinUrl}" : text["No"]);
            Row(html, text["Attendees"], string.Join(", ", e.Attendees));
            Row(html, text["Status"], status);
            html.Append("</dl><iframe sandbox srcdoc=\"").Append(Encode(e.BodyHtml)).Append("\" title=\"").Append(Encode(e.Subject)).Append("\"></iframe></article>");
        }

        html.Append("</body></html>");
        context.Response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; frame-src 'self'";
        return Results.Content(html.ToString(), "text/html; charset=utf-8");
    }

    private static void Row(StringBuilder html, string label, string? value) =>
        html.Append("<dt>").Append(Encode(label)).Append("</dt><dd>").Append(Encode(value)).Append("</dd>");

    private static string Encode(string? value) => WebUtility.HtmlEncode(value ?? string.Empty);
}
