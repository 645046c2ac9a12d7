using System.Text.Json;

namespace Wijkverbinder.TeamsApp.Bot;

/// <summary>The data of an Action.Execute: the card's own data merged with the values of its inputs, by input id.</summary>
internal sealed class InvokeData(JsonElement? data)
{
    /// <summary>The trimmed text under <paramref name="key"/>, or null when it is missing or blank.</summary>
    public string? Get(string key)
    {
        if (data is not { ValueKind: JsonValueKind.Object } obj || !obj.TryGetProperty(key, out var value))
        {
            return null;
        }

        var text = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
            _ => null,
        };
        return string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }

    /// <summary>A multi-select's values ("a,b,c"), split.</summary>
    public IReadOnlyList<string> GetList(string key) =>
        Get(key)?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];

    /// <summary>True when any field's key starts with <paramref name="prefix"/> (a list of toggles was on the card).</summary>
    public bool HasAny(string prefix) =>
        data is { ValueKind: JsonValueKind.Object } obj && obj.EnumerateObject().Any(p => p.Name.StartsWith(prefix, StringComparison.Ordinal));

    /// <summary>The values of the fields whose key starts with <paramref name="prefix"/> (one per toggle), in card order.</summary>
    public IReadOnlyList<string> WithPrefix(string prefix) =>
        data is { ValueKind: JsonValueKind.Object } obj
            ? obj.EnumerateObject().Where(p => p.Name.StartsWith(prefix, StringComparison.Ordinal)).Select(p => Get(p.Name)).OfType<string>().ToList()
            : [];

    /// <summary>Every field with a text, trimmed, by key (a repeated key: the last one): what to fill a refused form with again.</summary>
    public IReadOnlyDictionary<string, string> All()
    {
        var all = new Dictionary<string, string>(StringComparer.Ordinal);
        if (data is { ValueKind: JsonValueKind.Object } obj)
        {
            foreach (var property in obj.EnumerateObject())
            {
                if (Get(property.Name) is { } text)
                {
                    all[property.Name] = text;
                }
            }
        }

        return all;
    }
}
