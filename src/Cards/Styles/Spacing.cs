using System.Text.Json.Serialization;

namespace Wijkverbinder.Cards;

/// <summary>Space between an element and the one before it.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<Spacing>))]
public enum Spacing
{
    None,
    Small,
    Default,
    Medium,
    Large,
    ExtraLarge,
    Padding,
}
