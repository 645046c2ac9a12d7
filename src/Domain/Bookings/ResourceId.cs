using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace Wijkverbinder.Domain.Bookings;

/// <summary>
/// Identifies a shared resource: its municipality and a slug of its name, written "GM0202.R.pipowagen".
/// Carrying the municipality lets every read go straight to the resource's partition.
/// </summary>
public readonly partial record struct ResourceId(string Municipality, string Local)
{
    public override string ToString() => $"{Municipality}.R.{Local}";

    public static bool TryParse([NotNullWhen(true)] string? text, out ResourceId id)
    {
        id = default;
        var match = text is null ? Match.Empty : Pattern().Match(text);
        if (!match.Success)
        {
            return false;
        }

        id = new ResourceId(match.Groups["gm"].Value, match.Groups["local"].Value);
        return true;
    }

    [GeneratedRegex(@"^(?<gm>GM\d{4})\.R\.(?<local>[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?)$")]
    private static partial Regex Pattern();
}
