using System.Text.Json;

namespace Wijkverbinder.Protocol.Schema;

/// <summary>An attachment; for an adaptive card <see cref="ContentType"/> is <see cref="AdaptiveCardContentType"/>.</summary>
public sealed class Attachment : ExtensibleObject
{
    public const string AdaptiveCardContentType = "application/vnd.microsoft.card.adaptive";

    public string? ContentType { get; set; }

    public string? ContentUrl { get; set; }

    public JsonElement? Content { get; set; }

    public string? Name { get; set; }

    public string? ThumbnailUrl { get; set; }
}
