using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace Wijkverbinder.Domain.Referrals;

/// <summary>
/// Identifies a referral: its municipality and a time-ordered local id, written "GM0202.R.0197c2...".
/// Carrying the municipality lets every read go straight to the referral's partition.
/// </summary>
public readonly partial record struct ReferralId(string Municipality, string Local)
{
    public static ReferralId New(string municipality, TimeProvider clock) =>
        new(municipality, Guid.CreateVersion7(clock.GetUtcNow()).ToString("N"));

    public override string ToString() => $"{Municipality}.R.{Local}";

    public static bool TryParse([NotNullWhen(true)] string? text, out ReferralId id)
    {
        id = default;
        var match = text is null ? Match.Empty : Pattern().Match(text);
        if (!match.Success)
        {
            return false;
        }

        id = new ReferralId(match.Groups["gm"].Value, match.Groups["local"].Value);
        return true;
    }

    [GeneratedRegex(@"^(?<gm>GM\d{4})\.R\.(?<local>[0-9a-f]{32})$")]
    private static partial Regex Pattern();
}
