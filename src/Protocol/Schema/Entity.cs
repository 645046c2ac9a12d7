using System.Text.Json;

namespace Wijkverbinder.Protocol.Schema;

/// <summary>
/// Metadata attached to an activity. A mention has <see cref="Type"/> "mention", <see cref="Mentioned"/> and the
/// <see cref="Text"/> that stands in the message (for example "&lt;at&gt;Wijkverbinder&lt;/at&gt;"); other entity types
/// keep their fields in <see cref="ExtensibleObject.ExtensionData"/>.
/// </summary>
public sealed class Entity : ExtensibleObject
{
    public const string MentionType = "mention";

    public string? Type { get; set; }

    public ChannelAccount? Mentioned { get; set; }

    public string? Text { get; set; }

    public static Entity Mention(ChannelAccount who, string text) => new() { Type = MentionType, Mentioned = who, Text = text };

    /// <summary>The raw JSON of this entity, for types this app does not model.</summary>
    public JsonElement ToJson() => JsonSerializer.SerializeToElement(this, ProtocolJsonContext.Default.Entity);
}
