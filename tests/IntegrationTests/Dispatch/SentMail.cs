using System.Text.Json;
using Wijkverbinder.IntegrationTests.Mail;

namespace Wijkverbinder.IntegrationTests.Dispatch;

/// <summary>One sendMail request as Graph received it, read field by field.</summary>
internal sealed record SentMail(
    string Path,
    string Subject,
    string ContentType,
    string Html,
    string To,
    string InternetMessageId,
    bool SaveToSentItems,
    string Body)
{
    public static SentMail From(RecordedRequest request)
    {
        using var json = JsonDocument.Parse(request.Body);
        var root = json.RootElement;
        var message = root.GetProperty("Message");
        var body = message.GetProperty("body");
        var recipient = Assert.Single(message.GetProperty("toRecipients").EnumerateArray()).GetProperty("emailAddress");
        return new SentMail(
            request.Path,
            message.GetProperty("subject").GetString()!,
            body.GetProperty("contentType").GetString()!,
            body.GetProperty("content").GetString()!,
            recipient.GetProperty("address").GetString()!,
            message.GetProperty("internetMessageId").GetString()!,
            root.GetProperty("SaveToSentItems").GetBoolean(),
            request.Body);
    }
}
