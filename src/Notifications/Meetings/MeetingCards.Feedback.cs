using System.Globalization;
using System.Text.Json.Nodes;
using Wijkverbinder.Cards;
using Wijkverbinder.Domain.Meetings;

namespace Wijkverbinder.Notifications.Meetings;

/// <summary>
/// The feedback card an attendee gets in their chat, and the card that thanks them: it shows the aggregate only, so
/// nobody reads another attendee's answer (scores and remarks appear from <see cref="MeetingLimits.MinimumAnswersShown"/> answers).
/// </summary>
public sealed partial class MeetingCards
{
    /// <summary>The form; after a refusal, with the reasons on top and <paramref name="kept"/> (the sent values by input id) filled in again.</summary>
    public AdaptiveCard Feedback(MeetingView view, IReadOnlyList<string>? problems = null, IReadOnlyDictionary<string, string>? kept = null)
    {
        var meeting = view.Meeting;
        kept ??= new Dictionary<string, string>();
        var title = text["Feedback.Title", meeting.Title].Value;
        var body = new List<CardElement> { Heading(title), Line(When(meeting)) };
        body.AddRange((problems ?? []).Select(Problem));
        body.Add(new TextBlock { Text = text["Feedback.Anonymous", MeetingLimits.MinimumAnswersShown], Wrap = true, IsSubtle = true, Spacing = Spacing.Medium });
        var data = new JsonObject();
        if (meeting.Kind == MeetingKind.FeedbackMeeting)
        {
            var parties = Parties(view);
            for (var i = 0; i < parties.Count; i++)
            {
                data[MeetingInputs.PartyPrefix + i.ToString(CultureInfo.InvariantCulture)] = parties[i].Invitee.Ref.Member!.Value.ToString();
                body.Add(Subheading(parties[i].Name));
                body.Add(ScoreInput(MeetingInputs.Party(i, "contribution"), kept, text["Feedback.Contribution", parties[i].Name]));
                body.Add(ScoreInput(MeetingInputs.Party(i, "role"), kept, text["Feedback.Role", parties[i].Name]));
                body.Add(ScoreInput(MeetingInputs.Party(i, "connection"), kept, text["Feedback.Connection", parties[i].Name]));
                body.Add(RemarkInput(MeetingInputs.Party(i, "remark"), kept, text["Feedback.PartyRemark", parties[i].Name]));
            }
        }
        else
        {
            body.Add(ScoreInput(MeetingInputs.Usefulness, kept, text["Feedback.Usefulness"]));
            body.Add(RemarkInput(MeetingInputs.Remark, kept, text["Feedback.Remark"]));
        }

        return new AdaptiveCard
        {
            Body = body,
            Actions = [Execute("Feedback.Submit", MeetingVerbs.GiveFeedback, meeting.Id, data, ActionStyle.Positive)],
            FallbackText = title,
        };
    }

    /// <summary>After an answer: thanks, and what all attendees said so far, aggregated.</summary>
    public AdaptiveCard FeedbackThanks(MeetingView view, FeedbackSummary summary)
    {
        var meeting = view.Meeting;
        var title = text["Feedback.Thanks.Title"].Value;
        var body = new List<CardElement>
        {
            Heading(title),
            Line(text["Feedback.Thanks.Text", meeting.Title]),
            Subheading(text["Feedback.Summary.Title", summary.Respondents]),
        };
        if (meeting.Kind == MeetingKind.FeedbackMeeting)
        {
            var names = view.Invitees.Where(l => l.Invitee.Ref.Member is not null).ToDictionary(l => l.Invitee.Ref.Member!.Value, l => l.Name);
            foreach (var party in summary.Parties)
            {
                body.Add(Subheading(names.GetValueOrDefault(party.Party, "?")));
                body.Add(new FactSet
                {
                    Facts =
                    [
                        new(text["Feedback.Summary.Contribution"], Score(party.Contribution.Average)),
                        new(text["Feedback.Summary.Role"], Score(party.Role.Average)),
                        new(text["Feedback.Summary.Connection"], Score(party.Connection.Average)),
                    ],
                });
                body.AddRange(party.Contribution.Remarks.Select(r => Line("“" + r + "”")));
            }
        }
        else
        {
            body.Add(new FactSet { Facts = [new(text["Feedback.Summary.Usefulness"], Score(summary.Usefulness.Average))] });
            body.AddRange(summary.Usefulness.Remarks.Select(r => Line("“" + r + "”")));
        }

        return new AdaptiveCard { Body = body, FallbackText = title };
    }

    /// <summary>The parties a feedback meeting asks about: the members of the network who attended.</summary>
    public static IReadOnlyList<InviteeLine> Parties(MeetingView view) =>
        view.Invitees.Where(l => l.Invitee.Attended && l.Invitee.Ref.Member is not null).OrderBy(l => l.Group).ThenBy(l => l.Name, StringComparer.CurrentCulture).ToList();

    private ChoiceSetInput ScoreInput(string id, IReadOnlyDictionary<string, string> kept, string label) => new()
    {
        Id = id,
        Value = kept.GetValueOrDefault(id) is { } score && int.TryParse(score, CultureInfo.InvariantCulture, out var n) && n is >= FeedbackValidator.Lowest and <= FeedbackValidator.Highest
            ? n.ToString(CultureInfo.InvariantCulture)
            : null,
        Label = label,
        IsRequired = true,
        ErrorMessage = text["Feedback.Score.Error"],
        Style = ChoiceInputStyle.Expanded,
        Choices = Enumerable.Range(FeedbackValidator.Lowest, FeedbackValidator.Highest).Select(n => new Choice(text["Feedback.Score." + n], n.ToString(CultureInfo.InvariantCulture))).ToList(),
    };

    /// <summary>A kept remark longer than the card allows (only a hand-made request sends one) is cut to fit.</summary>
    private TextInput RemarkInput(string id, IReadOnlyDictionary<string, string> kept, string label) => new()
    {
        Id = id,
        Label = label,
        Value = kept.GetValueOrDefault(id) is { Length: > MeetingLimits.RemarkLength } remark ? remark[..MeetingLimits.RemarkLength] : kept.GetValueOrDefault(id),
        IsMultiline = true,
        MaxLength = MeetingLimits.RemarkLength,
        Placeholder = text["Feedback.Remark.Placeholder"],
    };
}
