using System.Text.Json.Serialization;

namespace Wijkverbinder.Protocol.Schema;

/// <summary>A user or bot on a channel. In Teams, <see cref="AadObjectId"/> is the user's Entra object id.</summary>
public sealed class ChannelAccount : ExtensibleObject
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    [JsonPropertyName("aadObjectId")]
    public string? AadObjectId { get; set; }

    public string? Role { get; set; }
}
