using System.Text.Json.Serialization;

namespace Wijkverbinder.Cards;

/// <summary>Background style of a container or column.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<ContainerStyle>))]
public enum ContainerStyle
{
    Default,
    Emphasis,
    Good,
    Attention,
    Warning,
    Accent,
}
