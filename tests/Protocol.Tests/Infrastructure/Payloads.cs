using System.Text.Json;
using Wijkverbinder.Protocol.Schema;

namespace Wijkverbinder.Protocol.Tests.Infrastructure;

/// <summary>The Teams payloads in Payloads/ (where each comes from: Payloads/README.md).</summary>
public static class Payloads
{
    /// <summary>msteams-docs, resources/bot-v3/bot-conversations/bots-conversations.md, "Full inbound schema example".</summary>
    public const string PersonalMessage = "personal-message.json";

    /// <summary>Captured from Teams, from microsoft/teams.net's core TeamsActivity deserialisation tests.</summary>
    public const string ChannelMessageWithMention = "channel-message-with-mention.json";

    /// <summary>msteams-docs, bots/how-to/conversations/subscribe-to-conversation-events.md, bot added to a team.</summary>
    public const string TeamMembersAdded = "conversation-update-team-members-added.json";

    /// <summary>msteams-docs, subscribe-to-conversation-events.md, install update event (JSON tab).</summary>
    public const string InstallationAdd = "installation-update-add.json";

    /// <summary>The install example with action "remove", the uninstall shape the same article describes.</summary>
    public const string InstallationRemove = "installation-update-remove.json";

    /// <summary>Captured from Teams, from the same teams.net test file (Deserialize_TeamsActivity_Invoke_WithValue).</summary>
    public const string AdaptiveCardAction = "adaptive-card-action-invoke.json";

    public static string Text(string file) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Payloads", file));

    public static Activity Read(string file) => JsonSerializer.Deserialize(Text(file), ProtocolJsonContext.Default.Activity)!;

    /// <summary>A minimal message from the service URL the test tokens carry.</summary>
    public static string Message(string text = "Hallo", string serviceUrl = BotHost.ServiceUrl) => $$"""
        {
          "type": "message",
          "id": "1",
          "serviceUrl": "{{serviceUrl}}",
          "channelId": "msteams",
          "from": { "id": "29:user", "aadObjectId": "00000000-0000-0000-0000-000000000001" },
          "conversation": { "id": "a:personal-chat", "conversationType": "personal" },
          "recipient": { "id": "28:{{BotHost.AppId}}" },
          "text": "{{text}}"
        }
        """;
}
