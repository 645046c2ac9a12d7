using System.Text.Json.Nodes;

namespace Wijkverbinder.Benchmarks;

/// <summary>The message activity every bot benchmark sends: "help" from a Teams user, each in a conversation of its own.</summary>
internal static class TeamsMessage
{
    public static string ConversationOf(string id) => $"a:conversation-{id}";

    public static JsonObject Help(string id, int client, string serviceUrl) => new()
    {
        ["type"] = "message",
        ["id"] = id,
        ["serviceUrl"] = serviceUrl,
        ["channelId"] = "msteams",
        ["from"] = new JsonObject { ["id"] = $"29:user-{client}", ["aadObjectId"] = $"00000000-0000-0000-0000-{client:D12}" },
        // Every message in a conversation of its own: many users each asking once, as at a busy moment in a municipality.
        ["conversation"] = new JsonObject { ["id"] = ConversationOf(id), ["conversationType"] = "personal", ["tenantId"] = "bench" },
        ["recipient"] = new JsonObject { ["id"] = "28:bench-bot", ["name"] = "Wijkverbinder" },
        ["locale"] = "nl-NL",
        ["text"] = "help",
    };
}
