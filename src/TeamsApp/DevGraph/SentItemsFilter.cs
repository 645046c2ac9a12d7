using System.Text.RegularExpressions;

namespace Wijkverbinder.TeamsApp.DevGraph;

/// <summary>The one $filter the stand-in understands: internetMessageId eq '…' (a quote inside written twice).</summary>
internal static partial class SentItemsFilter
{
    public static bool TryParse(string? filter, out string internetMessageId)
    {
        var match = filter is null ? Match.Empty : Pattern().Match(filter);
        internetMessageId = match.Success ? match.Groups["id"].Value.Replace("''", "'", StringComparison.Ordinal) : string.Empty;
        return match.Success;
    }

    [GeneratedRegex(@"^\s*internetMessageId\s+eq\s+'(?<id>(?:[^']|'')*)'\s*$")]
    private static partial Regex Pattern();
}
