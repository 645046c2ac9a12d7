namespace Wijkverbinder.Domain.Successes;

/// <summary>Limits on a success: a short story that fits a card, and a link to a video.</summary>
public static class SuccessLimits
{
    public const int StoryLength = 600;
    public const int VideoLinkLength = 500;

    /// <summary>How many successes the podium shows, newest first.</summary>
    public const int Podium = 50;
}
