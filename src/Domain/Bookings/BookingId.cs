using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace Wijkverbinder.Domain.Bookings;

/// <summary>Identifies a booking: its municipality and a time-ordered local id, written "GM0202.B.0197c2...".</summary>
public readonly partial record struct BookingId(string Municipality, string Local)
{
    public static BookingId New(string municipality, TimeProvider clock) =>
        new(municipality, Guid.CreateVersion7(clock.GetUtcNow()).ToString("N"));

    public override string ToString() => $"{Municipality}.B.{Local}";

    public static bool TryParse([NotNullWhen(true)] string? text, out BookingId id)
    {
        id = default;
        var match = text is null ? Match.Empty : Pattern().Match(text);
        if (!match.Success)
        {
            return false;
        }

        id = new BookingId(match.Groups["gm"].Value, match.Groups["local"].Value);
        return true;
    }

    [GeneratedRegex(@"^(?<gm>GM\d{4})\.B\.(?<local>[0-9a-f]{32})$")]
    private static partial Regex Pattern();
}
