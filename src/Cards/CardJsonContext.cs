using System.Text.Json;
using System.Text.Json.Serialization;

namespace Wijkverbinder.Cards;

/// <summary>Source-generated serialisation of cards: camelCase and nulls left out, as the schema's samples write them.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(AdaptiveCard))]
internal sealed partial class CardJsonContext : JsonSerializerContext
{
    public static CardJsonContext Indented { get; } = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
    });
}
