using System.Text.Json.Serialization;

namespace Wijkverbinder.Cards;

/// <summary>Horizontal alignment of text.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<HorizontalAlignment>))]
public enum HorizontalAlignment
{
    Left,
    Center,
    Right,
}
