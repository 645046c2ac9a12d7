using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace Wijkverbinder.Domain.Network;

/// <summary>A gebied of one municipality, written "GM0202.W1". The network of an area is kept together.</summary>
public readonly partial record struct AreaId(string Municipality, string Key)
{
    public override string ToString() => $"{Municipality}.{Key}";

    public static bool TryParse([NotNullWhen(true)] string? text, out AreaId id)
    {
        id = default;
        if (text is null)
        {
            return false;
        }

        var match = Pattern().Match(text);
        if (!match.Success)
        {
            return false;
        }

        id = new AreaId(match.Groups["gm"].Value, match.Groups["key"].Value);
        return true;
    }

    public static bool IsValidKey(string? key) => key is not null && KeyPattern().IsMatch(key);

    [GeneratedRegex(@"^(?<gm>GM\d{4})\.(?<key>[A-Za-z0-9]{1,16})$")]
    private static partial Regex Pattern();

    [GeneratedRegex(@"^[A-Za-z0-9]{1,16}$")]
    private static partial Regex KeyPattern();
}
