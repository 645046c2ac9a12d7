using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.Extensions.Localization;
using Wijkverbinder.TeamsApp.Resources;

namespace Wijkverbinder.TeamsApp.DevGraph;

/// <summary>
/// The local outbox: every mail the stand-in accepted, newest first. Each body is shown in a sandboxed iframe (srcdoc,
/// no allow-scripts), and the page's CSP allows no scripts or remote content, so nothing in a mail runs or loads.
/// </summary>
internal static class DevOutboxPage
{
    public static IResult Render(HttpContext context, DevMailbox mailbox, IStringLocalizer<OutboxTexts> text)
    {
        var culture = CultureInfo.CurrentUICulture;
        var mails = mailbox.Newest();
        var html = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"<!DOCTYPE html><html lang=\"{culture.TwoLetterISOLanguageName}\"><head><meta charset=\"utf-8\">")
            .Append("<title>").Append(Encode(text["Title"])).Append("</title>")
            .Append("<style>body{font-family:'Segoe UI',Arial,sans-serif;margin:24px;color:#242424}")
            .Append("article{border:1px solid #d1d1d1;border-radius:4px;margin:0 0 24px;padding:12px}")
            .Append("dl{display:grid;grid-template-columns:8em 1fr;gap:4px 12px;margin:0 0 12px}dt{color:#616161}dd{margin:0}")
            .Append("iframe{width:100%;height:480px;border:1px solid #edebe9}</style></head><body>")
            .Append("<h1>").Append(Encode(text["Title"])).Append("</h1>")
            .Append("<p>").Append(Encode(text["Count", mails.Count, DevMailbox.Capacity])).Append("</p>");
        if (mails.Count == 0)
        {
            html.Append("<p>").Append(Encode(text["Empty"])).Append("</p>");
        }

        foreach (var mail in mails)
        {
            var to = string.Join(", ", mail.To.Select(r => string.IsNullOrEmpty(r.Name) ? r.Address : $"{r.Name} <{r.Address}>"));
            var body = mail.ContentType == "html" ? mail.Body : $"<pre>{Encode(mail.Body)}</pre>";
            html.Append("<article><dl>")
                .Append("<dt>").Append(Encode(text["Time"])).Append("</dt><dd>")
                .Append(Encode(mail.ReceivedAt.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture))).Append("</dd>")
                .Append("<dt>").Append(Encode(text["From"])).Append("</dt><dd>").Append(Encode(mail.Mailbox)).Append("</dd>")
                .Append("<dt>").Append(Encode(text["To"])).Append("</dt><dd>").Append(Encode(to)).Append("</dd>")
                .Append("<dt>").Append(Encode(text["Subject"])).Append("</dt><dd>").Append(Encode(mail.Subject)).Append("</dd>")
                .Append("</dl><iframe sandbox srcdoc=\"").Append(Encode(body)).Append("\" title=\"").Append(Encode(mail.Subject)).Append("\"></iframe></article>");
        }

        html.Append("</body></html>");
        context.Response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; frame-src 'self'";
        return Results.Content(html.ToString(), "text/html; charset=utf-8");
    }

    private static string Encode(string? value) => WebUtility.HtmlEncode(value ?? string.Empty);
}
