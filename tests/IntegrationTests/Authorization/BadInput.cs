using System.Text.Json;
using System.Text.Json.Nodes;

namespace Wijkverbinder.IntegrationTests.Authorization;

/// <summary>
/// Bad variants of a valid tab API body, for <see cref="TabApiBadInputTests"/>: text that is no JSON, JSON of another shape,
/// and for every field (nested ones too) a null, a value of another type, and strings a form would never send.
/// </summary>
internal static class BadInput
{
    /// <summary>A control character, which no form can type; every field that takes it must refuse it.</summary>
    public const string Unreadable = "\u0000";

    private static readonly string[] Texts = [string.Empty, "   ", new string('x', 5_000), Unreadable, "2026-02-30", "-1", "1e400", "99999999999999999999999999", "🙂"];

    /// <summary>The broken bodies; <c>MustRefuse</c> when no field may accept it (a text with a control character).</summary>
    public static IEnumerable<(string What, string Body, bool MustRefuse)> Bodies(JsonNode valid)
    {
        yield return ("no JSON", "{ not json", false);
        yield return ("empty", string.Empty, false);
        yield return ("null", "null", false);
        yield return ("an array", "[]", false);
        yield return ("a string", "\"text\"", false);
        foreach (var (path, variant) in Walk(valid, []))
        {
            var body = valid.DeepClone();
            Set(body, path, variant);
            var mustRefuse = variant is JsonValue text && text.GetValueKind() == JsonValueKind.String && text.GetValue<string>() == Unreadable;
            yield return ($"{string.Join('.', path)} = {Short(variant)}", body.ToJsonString(), mustRefuse);
        }
    }

    /// <summary>Route values in place of an id: unknown, of another form, and too long.</summary>
    public static IEnumerable<string> RouteValues() =>
        ["unknown", Guid.NewGuid().ToString(), "GM0202.", "..", "%20", new string('9', 400), "-1"];

    private static IEnumerable<(List<object> Path, JsonNode? Variant)> Walk(JsonNode node, List<object> path)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, value) in obj.ToList())
                {
                    List<object> at = [.. path, name];
                    foreach (var variant in Variants(value))
                    {
                        yield return (at, variant);
                    }

                    if (value is JsonObject or JsonArray)
                    {
                        foreach (var inner in Walk(value, at))
                        {
                            yield return inner;
                        }
                    }
                }

                break;
            case JsonArray { Count: > 0 } array when array[0] is JsonObject first:
                // The first element stands for all: a list of records is read the same way for each.
                foreach (var inner in Walk(first, [.. path, 0]))
                {
                    yield return inner;
                }

                break;
        }
    }

    private static IEnumerable<JsonNode?> Variants(JsonNode? value)
    {
        yield return null;
        switch (value)
        {
            case JsonArray:
                yield return JsonValue.Create("text");
                yield return new JsonObject();
                yield return new JsonArray((JsonNode?)null);
                yield return new JsonArray(42);
                break;
            case JsonObject:
                yield return JsonValue.Create("text");
                yield return new JsonArray();
                break;
            case JsonValue v when v.GetValueKind() == JsonValueKind.String:
                yield return JsonValue.Create(42);
                yield return new JsonObject();
                foreach (var text in Texts)
                {
                    yield return JsonValue.Create(text);
                }

                break;
            case JsonValue:
                yield return JsonValue.Create("text");
                yield return new JsonArray();
                break;
        }
    }

    private static void Set(JsonNode body, List<object> path, JsonNode? variant)
    {
        var parent = body;
        foreach (var step in path[..^1])
        {
            parent = step is string name ? parent[name]! : parent[(int)step]!;
        }

        if (path[^1] is string last)
        {
            parent[last] = variant?.DeepClone();
        }
        else
        {
            parent[(int)path[^1]] = variant?.DeepClone();
        }
    }

    private static string Short(JsonNode? variant)
    {
        var text = variant?.ToJsonString() ?? "null";
        return text.Length > 30 ? text[..30] + "…" : text;
    }
}
