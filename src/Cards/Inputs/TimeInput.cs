using System.Text.Json.Serialization;

namespace Wijkverbinder.Cards;

/// <summary>Input.Time: the client's time picker; values are written as HH:mm, as the schema says.</summary>
public sealed class TimeInput : CardInput
{
    [JsonConverter(typeof(HourMinuteConverter))]
    public TimeOnly? Value { get; init; }

    public string? Placeholder { get; init; }
}
