using System.Text.Json.Serialization;

namespace Wijkverbinder.Cards;

/// <summary>Weight of text.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<TextWeight>))]
public enum TextWeight
{
    Default,
    Lighter,
    Bolder,
}
