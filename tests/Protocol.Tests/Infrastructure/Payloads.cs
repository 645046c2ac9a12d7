using System.Text.Json;
using Wijkverbinder.Protocol.Schema;

namespace Wijkverbinder.Protocol.Tests.Infrastructure;

/// <summary>The Teams payloads in Payloads/ (where each comes from: Payloads/README.md).</summary>
public static class Payloads
{
    public const string PersonalMessage = "personal-message.json";
    public const string ChannelMessageWithMention = "channel-message-with-mention.json";
    public const string TeamMembersAdded = "conversation-update-team-members-added.json";
    public const string InstallationAdd = "installation-update-add.json";
    public const string InstallationRemove = "installation-update-remove.json";
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
