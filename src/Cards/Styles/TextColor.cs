using System.Text.Json.Serialization;

namespace Wijkverbinder.Cards;

/// <summary>Colour of text, from the host config's palette.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<TextColor>))]
public enum TextColor
{
    Default,
    Dark,
    Light,
    Accent,
    Good,
    Warning,
    Attention,
}
