using System.Globalization;
using System.Text.Json.Nodes;

namespace Wijkverbinder.Protocol.Tests.Schema;

/// <summary>
/// Compares two JSON trees, reporting the first path where they differ. Timestamps compare by instant and offset, since
/// "Z" and "+00:00" are the same time (the schema reads them as DateTimeOffset and writes the latter).
/// </summary>
internal static class JsonTree
{
    public static string? FirstDifference(JsonNode? expected, JsonNode? actual, string path = "$")
    {
        switch (expected)
        {
            case JsonObject expectedObject when actual is JsonObject actualObject:
                foreach (var (name, value) in expectedObject)
                {
                    if (!actualObject.ContainsKey(name))
                    {
                        return $"{path}.{name} is missing";
                    }

                    if (FirstDifference(value, actualObject[name], $"{path}.{name}") is { } difference)
                    {
                        return difference;
                    }
                }

                var extra = actualObject.Select(p => p.Key).FirstOrDefault(name => !expectedObject.ContainsKey(name));
                return extra is null ? null : $"{path}.{extra} was added";
            case JsonArray expectedArray when actual is JsonArray actualArray:
                if (expectedArray.Count != actualArray.Count)
                {
                    return $"{path} has {actualArray.Count} items instead of {expectedArray.Count}";
                }

                return expectedArray.Select((item, i) => FirstDifference(item, actualArray[i], $"{path}[{i}]")).FirstOrDefault(d => d is not null);
            case JsonValue when actual is JsonValue:
                return SameValue(expected, actual) ? null : $"{path}: {actual.ToJsonString()} instead of {expected.ToJsonString()}";
            case null:
                return actual is null ? null : $"{path} was added";
            default:
                return $"{path} changed kind";
        }
    }

    private static bool SameValue(JsonNode expected, JsonNode actual)
    {
        if (JsonNode.DeepEquals(expected, actual))
        {
            return true;
        }

        return expected.GetValueKind() == System.Text.Json.JsonValueKind.String
            && actual.GetValueKind() == System.Text.Json.JsonValueKind.String
            && DateTimeOffset.TryParse(expected.GetValue<string>(), CultureInfo.InvariantCulture, DateTimeStyles.None, out var e)
            && DateTimeOffset.TryParse(actual.GetValue<string>(), CultureInfo.InvariantCulture, DateTimeStyles.None, out var a)
            && e == a && e.Offset == a.Offset;
    }
}
