using System.Text.Json.Serialization;

namespace Wijkverbinder.Cards;

/// <summary>Size of text, as the host config defines it.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<TextSize>))]
public enum TextSize
{
    Default,
    Small,
    Medium,
    Large,
    ExtraLarge,
}
