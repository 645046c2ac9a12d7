using System.Text.Json;
using System.Text.Json.Serialization;

namespace Wijkverbinder.Protocol.Schema;

/// <summary>
/// An activity of the Activity protocol: a message, an update of a conversation or installation, an invoke, ...
/// Fields this app does not model are kept (see <see cref="ExtensibleObject"/>); <see cref="ChannelData"/> and
/// <see cref="Value"/> stay raw JSON and are read typed on demand.
/// </summary>
public sealed class Activity : ExtensibleObject
{
    public string? Type { get; set; }

    public string? Id { get; set; }

    public DateTimeOffset? Timestamp { get; set; }

    public DateTimeOffset? LocalTimestamp { get; set; }

    public string? LocalTimezone { get; set; }

    public string? ServiceUrl { get; set; }

    public string? ChannelId { get; set; }

    public ChannelAccount? From { get; set; }

    public ConversationAccount? Conversation { get; set; }

    public ChannelAccount? Recipient { get; set; }

    public string? TextFormat { get; set; }

    public string? AttachmentLayout { get; set; }

    public IList<ChannelAccount>? MembersAdded { get; set; }

    public IList<ChannelAccount>? MembersRemoved { get; set; }

    public string? Locale { get; set; }

    public string? Text { get; set; }

    public string? Summary { get; set; }

    public IList<Attachment>? Attachments { get; set; }

    public IList<Entity>? Entities { get; set; }

    public JsonElement? ChannelData { get; set; }

    /// <summary>For installationUpdate: "add", "remove", "add-upgrade", "remove-upgrade".</summary>
    public string? Action { get; set; }

    public string? ReplyToId { get; set; }

    public string? Name { get; set; }

    public JsonElement? Value { get; set; }

    public string? ValueType { get; set; }

    public ConversationReference? RelatesTo { get; set; }

    public string? CallerId { get; set; }

    /// <summary>Teams channel data (tenant, team, channel, event type), or null when there is none.</summary>
    public TeamsChannelData? GetTeamsChannelData() =>
        ChannelData is { ValueKind: JsonValueKind.Object } data ? data.Deserialize(ProtocolJsonContext.Default.TeamsChannelData) : null;

    /// <summary>The value of an adaptiveCard/action invoke, or null when this is not one.</summary>
    public AdaptiveCardInvokeValue? GetAdaptiveCardInvokeValue() =>
        Type == ActivityTypes.Invoke && Name == AdaptiveCardInvokeValue.InvokeName && Value is { ValueKind: JsonValueKind.Object } value
            ? value.Deserialize(ProtocolJsonContext.Default.AdaptiveCardInvokeValue)
            : null;

    /// <summary>The mentions in this activity (read from <see cref="Entities"/>; not a wire field of its own).</summary>
    [JsonIgnore]
    public IEnumerable<Entity> Mentions => Entities?.Where(e => e.Type == Entity.MentionType) ?? [];

    /// <summary>A reply in the same conversation, from the recipient of this activity to its sender.</summary>
    public Activity CreateReply(string? text = null) => new()
    {
        Type = ActivityTypes.Message,
        ServiceUrl = ServiceUrl,
        ChannelId = ChannelId,
        From = Recipient is null ? null : new ChannelAccount { Id = Recipient.Id, Name = Recipient.Name },
        Recipient = From is null ? null : new ChannelAccount { Id = From.Id, Name = From.Name, AadObjectId = From.AadObjectId },
        Conversation = Conversation,
        ReplyToId = Id,
        Locale = Locale,
        Text = text,
    };
}
