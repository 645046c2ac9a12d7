using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Validation;

namespace Wijkverbinder.Domain.Meetings;

/// <summary>
/// The rules for an attendee's feedback: the meeting was held and they attended; a theme or board meeting asks for its
/// usefulness (1-5), a feedback meeting for each party's contribution, role and connection (1-5) about parties that attended.
/// </summary>
public static class FeedbackValidator
{
    public const int Lowest = 1;
    public const int Highest = 5;

    public static List<ValidationError> Validate(Meeting meeting, ColleagueId respondent, int? usefulness, string? remark, IReadOnlyList<PartyFeedback> parties)
    {
        var errors = new List<ValidationError>();
        if (!MeetingLifecycle.AllowedIn(MeetingAction.GiveFeedback).Contains(meeting.Status))
        {
            errors.Add(new("status", ValidationCodes.MeetingNotAllowedNow, nameof(MeetingAction.GiveFeedback), meeting.Status.ToString()));
            return errors;
        }

        if (meeting.FindInvitee(InviteeRef.For(respondent)) is not { Attended: true })
        {
            errors.Add(new("respondent", ValidationCodes.NotAttendee));
            return errors;
        }

        FreeText.Check("remark", remark, MeetingLimits.RemarkLength, required: false, errors);
        if (meeting.Kind == MeetingKind.FeedbackMeeting)
        {
            CheckParties(meeting, parties, errors);
        }
        else
        {
            Score("usefulness", usefulness, errors);
        }

        return errors;
    }

    private static void CheckParties(Meeting meeting, IReadOnlyList<PartyFeedback> parties, List<ValidationError> errors)
    {
        if (parties.Count == 0)
        {
            errors.Add(new("parties", ValidationCodes.Required));
        }

        var attended = meeting.Attendees.Select(a => a.Ref).ToHashSet();
        for (var i = 0; i < parties.Count; i++)
        {
            var party = parties[i];
            var field = $"parties[{i}]";
            if (!attended.Contains(InviteeRef.For(party.Party)) || parties.Take(i).Any(p => p.Party == party.Party))
            {
                errors.Add(new($"{field}.party", ValidationCodes.NotAParty, party.Party.ToString()));
            }

            Score($"{field}.contribution", party.Contribution, errors);
            Score($"{field}.role", party.Role, errors);
            Score($"{field}.connection", party.Connection, errors);
            FreeText.Check($"{field}.remark", party.Remark, MeetingLimits.RemarkLength, required: false, errors);
        }
    }

    private static void Score(string field, int? score, List<ValidationError> errors)
    {
        if (score is null)
        {
            errors.Add(new(field, ValidationCodes.Required));
        }
        else if (score is < Lowest or > Highest)
        {
            errors.Add(new(field, ValidationCodes.OutOfRange, Lowest, Highest));
        }
    }
}
