using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace Wijkverbinder.Domain.Network;

/// <summary>
/// Identifies a member of the network: the area it belongs to and a local id, written "GM0202.W1.0197c2...".
/// Carrying the area lets every read of a member go straight to its partition.
/// </summary>
public readonly partial record struct MemberId(AreaId Area, string Local)
{
    public static MemberId New(AreaId area, TimeProvider clock) =>
        new(area, Guid.CreateVersion7(clock.GetUtcNow()).ToString("N"));

    public override string ToString() => $"{Area}.{Local}";

    public static bool TryParse([NotNullWhen(true)] string? text, out MemberId id)
    {
        id = default;
        var dot = text?.LastIndexOf('.') ?? -1;
        if (dot < 0 || !AreaId.TryParse(text![..dot], out var area) || !LocalPattern().IsMatch(text[(dot + 1)..]))
        {
            return false;
        }

        id = new MemberId(area, text[(dot + 1)..]);
        return true;
    }

    [GeneratedRegex(@"^[0-9a-f]{32}$")]
    private static partial Regex LocalPattern();
}
