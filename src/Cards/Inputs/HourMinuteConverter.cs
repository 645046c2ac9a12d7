using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Wijkverbinder.Cards;

/// <summary>A time as "HH:mm": the serializer's default adds seconds, which Input.Time does not accept.</summary>
internal sealed class HourMinuteConverter : JsonConverter<TimeOnly?>
{
    public override TimeOnly? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.GetString() is { } text ? TimeOnly.ParseExact(text, "HH:mm", CultureInfo.InvariantCulture) : null;

    public override void Write(Utf8JsonWriter writer, TimeOnly? value, JsonSerializerOptions options)
    {
        if (value is { } time)
        {
            writer.WriteStringValue(time.ToString("HH:mm", CultureInfo.InvariantCulture));
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}
