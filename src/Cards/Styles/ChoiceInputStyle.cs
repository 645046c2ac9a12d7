using System.Text.Json.Serialization;

namespace Wijkverbinder.Cards;

/// <summary>How a choice set shows its choices (filtered: a searchable drop-down, new in 1.5).</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<ChoiceInputStyle>))]
public enum ChoiceInputStyle
{
    Compact,
    Expanded,
    Filtered,
}
