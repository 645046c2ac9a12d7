using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.Domain.Validation;

namespace Wijkverbinder.Domain.Successes;

/// <summary>
/// Marks an initiative as a success. The story is required and short, holds no BSN; the video link is optional and only
/// https. The initiative must exist and be an initiative. Who may mark it is checked by the caller
/// (<see cref="Programme.ProgrammeAccess"/> for the initiative's area). A refusal writes nothing.
/// </summary>
public sealed class SuccessService(ISuccessStore store, INetworkStore network, TimeProvider clock)
{
    /// <summary>Null when there is no member <paramref name="initiative"/>.</summary>
    public async Task<Result<Success>?> MarkAsync(
        MemberId initiative, string? story, string? video, ColleagueId markedBy, CancellationToken cancellationToken)
    {
        var errors = Check(story, video, out var link);
        var found = await network.GetMemberAsync(initiative, cancellationToken);
        if (found is null)
        {
            return null;
        }

        if (found.Member is not Initiative)
        {
            errors.Add(new("initiative", ValidationCodes.NotAnInitiative, found.Member.Name));
        }

        if (errors.Count > 0)
        {
            return Result<Success>.Refused(errors);
        }

        var now = clock.GetUtcNow();
        var success = new Success(Guid.CreateVersion7(now).ToString("N"), initiative, found.Member.Name, story!.Trim(), link, markedBy, now);
        await store.AddAsync(success, cancellationToken);
        return Result<Success>.Success(success);
    }

    public static List<ValidationError> Check(string? story, string? video, out Uri? link)
    {
        var errors = new List<ValidationError>();
        FreeText.Check("story", story, SuccessLimits.StoryLength, required: true, errors);

        link = null;
        if (!string.IsNullOrWhiteSpace(video))
        {
            if (video.Trim().Length > SuccessLimits.VideoLinkLength)
            {
                errors.Add(new("video", ValidationCodes.TooLong, SuccessLimits.VideoLinkLength));
            }
            else if (!VideoLink.TryParse(video, out link))
            {
                errors.Add(new("video", ValidationCodes.HttpsLinkOnly));
            }
        }

        return errors;
    }
}
