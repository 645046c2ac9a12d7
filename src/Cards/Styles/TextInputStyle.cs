using System.Text.Json.Serialization;

namespace Wijkverbinder.Cards;

/// <summary>Keyboard and validation hint of a text input.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<TextInputStyle>))]
public enum TextInputStyle
{
    Text,
    Tel,
    Url,
    Email,
}
