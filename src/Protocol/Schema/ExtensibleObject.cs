using System.Text.Json;
using System.Text.Json.Serialization;

namespace Wijkverbinder.Protocol.Schema;

/// <summary>
/// A wire object that keeps the fields this app does not model, so that a read-modify-write round trip loses nothing
/// (the protocol says receivers must accept and preserve unknown fields).
/// </summary>
public abstract class ExtensibleObject
{
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; set; }
}
