using System.Text.Json;

namespace Wijkverbinder.TeamsApp.DevGraph;

/// <summary>Reads a sendMail body the way Graph checks it: a message with a subject and at least one recipient.</summary>
internal static class SendMailReader
{
    /// <summary>The mail, or the Graph error code and message that refuse it.</summary>
    public static (DevMail? Mail, string? ErrorCode, string? Error) Read(JsonElement body, string mailbox, DateTimeOffset now)
    {
        if (body.ValueKind != JsonValueKind.Object || !TryGet(body, "message", out var message) || message.ValueKind != JsonValueKind.Object)
        {
            return (null, "ErrorInvalidRequest", "The request body must hold a message.");
        }

        var to = Recipients(message);
        if (to.Count == 0 || to.Any(r => !r.Address.Contains('@', StringComparison.Ordinal)))
        {
            return (null, "ErrorInvalidRecipients", "At least one recipient with a valid address is required.");
        }

        var subject = String(message, "subject");
        if (string.IsNullOrWhiteSpace(subject))
        {
            return (null, "ErrorInvalidRequest", "The message has no subject.");
        }

        var contentType = "text";
        var content = string.Empty;
        if (TryGet(message, "body", out var itemBody) && itemBody.ValueKind == JsonValueKind.Object)
        {
            contentType = String(itemBody, "contentType") ?? contentType;
            content = String(itemBody, "content") ?? content;
        }

        var save = !TryGet(body, "saveToSentItems", out var saveValue) || saveValue.ValueKind != JsonValueKind.False;
        var mail = new DevMail(
            Guid.NewGuid().ToString("N"), now, mailbox, to, subject, contentType.ToLowerInvariant(), content,
            String(message, "internetMessageId"), save);
        return (mail, null, null);
    }

    private static List<DevMailRecipient> Recipients(JsonElement message)
    {
        var list = new List<DevMailRecipient>();
        if (!TryGet(message, "toRecipients", out var recipients) || recipients.ValueKind != JsonValueKind.Array)
        {
            return list;
        }

        foreach (var recipient in recipients.EnumerateArray())
        {
            if (recipient.ValueKind == JsonValueKind.Object && TryGet(recipient, "emailAddress", out var address) && address.ValueKind == JsonValueKind.Object)
            {
                list.Add(new DevMailRecipient(String(address, "address") ?? string.Empty, String(address, "name")));
            }
        }

        return list;
    }

    private static string? String(JsonElement element, string name) =>
        TryGet(element, name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>Graph matches property names case-insensitively (the SDK itself sends "Message" and "SaveToSentItems").</summary>
    private static bool TryGet(JsonElement element, string name, out JsonElement value)
    {
        foreach (var property in element.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                value = property.Value;
                return true;
            }
        }

        value = default;
        return false;
    }
}
