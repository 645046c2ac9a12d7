using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace Wijkverbinder.Domain.Meetings;

/// <summary>
/// Identifies a meeting: its municipality and a time-ordered local id, written "GM0202.M.0197c2...".
/// Carrying the municipality lets every read go straight to the meeting's partition.
/// </summary>
public readonly partial record struct MeetingId(string Municipality, string Local)
{
    public static MeetingId New(string municipality, TimeProvider clock) =>
        new(municipality, Guid.CreateVersion7(clock.GetUtcNow()).ToString("N"));

    public override string ToString() => $"{Municipality}.M.{Local}";

    public static bool TryParse([NotNullWhen(true)] string? text, out MeetingId id)
    {
        id = default;
        var match = text is null ? Match.Empty : Pattern().Match(text);
        if (!match.Success)
        {
            return false;
        }

        id = new MeetingId(match.Groups["gm"].Value, match.Groups["local"].Value);
        return true;
    }

    [GeneratedRegex(@"^(?<gm>GM\d{4})\.M\.(?<local>[0-9a-f]{32})$")]
    private static partial Regex Pattern();
}
