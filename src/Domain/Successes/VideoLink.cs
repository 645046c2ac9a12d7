using System.Diagnostics.CodeAnalysis;

namespace Wijkverbinder.Domain.Successes;

/// <summary>A link to a video: an absolute https address with a host and without a user name or password in it.</summary>
public static class VideoLink
{
    public static bool TryParse(string? text, [NotNullWhen(true)] out Uri? link)
    {
        link = null;
        if (string.IsNullOrWhiteSpace(text) || !Uri.TryCreate(text.Trim(), UriKind.Absolute, out var parsed))
        {
            return false;
        }

        if (parsed.Scheme != Uri.UriSchemeHttps || string.IsNullOrEmpty(parsed.Host) || parsed.UserInfo.Length > 0)
        {
            return false;
        }

        link = parsed;
        return true;
    }
}
