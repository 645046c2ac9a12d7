using System.Text.Json.Serialization;

namespace Wijkverbinder.Cards;

/// <summary>Emphasis of an action button.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<ActionStyle>))]
public enum ActionStyle
{
    Default,
    Positive,
    Destructive,
}
