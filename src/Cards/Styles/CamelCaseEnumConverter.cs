using System.Text.Json;
using System.Text.Json.Serialization;

namespace Wijkverbinder.Cards;

/// <summary>Writes enum values as the schema spells them ("extraLarge", "bolder"), trimming-safe.</summary>
internal sealed class CamelCaseEnumConverter<TEnum>() : JsonStringEnumConverter<TEnum>(JsonNamingPolicy.CamelCase, allowIntegerValues: false)
    where TEnum : struct, Enum;
