using System.Security.Cryptography;
using System.Text;
using Wijkverbinder.Domain.Colleagues;

namespace Wijkverbinder.Domain.Meetings;

/// <summary>
/// The key an attendee's feedback is stored under: a hash of the meeting and the attendee, so answering again replaces
/// the earlier answer, while the stored feedback does not name who gave it. Only someone who already knows both the
/// meeting and the person (an access or erasure request) can find their answer.
/// </summary>
public static class FeedbackKey
{
    public static string For(MeetingId meeting, ColleagueId respondent) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{meeting}|{respondent.Value}")));
}
