using System.Text.RegularExpressions;

namespace Wijkverbinder.Domain.Validation;

/// <summary>
/// Finds citizen service numbers (BSN) in free text so they can be refused: the app never stores a BSN.
/// A BSN is nine digits that pass the 11-proef; separators (spaces, dots, dashes) are allowed between digits.
/// </summary>
public static partial class Bsn
{
    public static bool AppearsIn(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        foreach (Match match in Candidate().Matches(text))
        {
            var digits = match.Value.Where(char.IsAsciiDigit).Select(c => c - '0').ToArray();
            if (digits.Length == 9 && PassesElevenTest(digits))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>9*d1 + 8*d2 + ... + 2*d8 - 1*d9 is a multiple of 11 and not zero.</summary>
    public static bool PassesElevenTest(IReadOnlyList<int> digits)
    {
        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            sum += (9 - i) * digits[i];
        }

        sum -= digits[8];
        return sum != 0 && sum % 11 == 0;
    }

    [GeneratedRegex(@"(?<!\d)\d(?:[ .\-]?\d){8}(?!\d)")]
    private static partial Regex Candidate();
}
