using Wijkverbinder.Domain.Meetings;
using Wijkverbinder.Domain.Validation;
using static Wijkverbinder.Domain.Tests.Meetings.MeetingSamples;
using static Wijkverbinder.Domain.Tests.Referrals.ReferralSamples;

namespace Wijkverbinder.Domain.Tests.Meetings;

public sealed class FeedbackTests
{
    private static List<string> Codes(Meeting meeting, int? usefulness, params PartyFeedback[] parties) =>
        [.. FeedbackValidator.Validate(meeting, Invited.Id, usefulness, null, parties).Select(e => e.Code)];

    [Fact]
    public void AnAttendeeRatesAThemeMeetingFromOneToFive()
    {
        Assert.Empty(Codes(Held(), 4));
        Assert.Equal([ValidationCodes.OutOfRange], Codes(Held(), 6));
        Assert.Equal([ValidationCodes.OutOfRange], Codes(Held(), 0));
        Assert.Equal([ValidationCodes.Required], Codes(Held(), null));
    }

    [Fact]
    public void OnlyAttendeesOfAHeldMeetingGiveFeedback()
    {
        Assert.Equal([ValidationCodes.MeetingNotAllowedNow], Codes(Meeting(), 4));
        var absent = Held() with { Invitees = [.. Held().Invitees.Select(i => i.Ref.Colleague == Invited.Id ? i with { Attended = false } : i)] };
        Assert.Equal([ValidationCodes.NotAttendee], Codes(absent, 4));
        Assert.Equal([ValidationCodes.NotAttendee], FeedbackValidator.Validate(Held(), MeetingSamples.Outsider.Id, 4, null, []).Select(e => e.Code));
    }

    [Fact]
    public void AFeedbackMeetingAsksAboutAttendingPartiesOnceEach()
    {
        var held = Held(MeetingKind.FeedbackMeeting);

        Assert.Empty(Codes(held, null, new PartyFeedback(Buurthuis, 4, 3, 5)));
        Assert.Equal([ValidationCodes.Required], Codes(held, null));
        Assert.Equal([ValidationCodes.NotAParty], Codes(held, null, new PartyFeedback(Bewoner, 4, 3, 5)));
        Assert.Equal([ValidationCodes.NotAParty], Codes(held, null, new PartyFeedback(Buurthuis, 4, 3, 5), new PartyFeedback(Buurthuis, 1, 1, 1)));
        Assert.Equal([ValidationCodes.OutOfRange, ValidationCodes.OutOfRange], Codes(held, null, new PartyFeedback(Buurthuis, 9, 3, 0)));
    }

    [Fact]
    public void ScoresAreShownOnlyFromThreeAnswersOn()
    {
        var two = FeedbackSummary.Of([Answer("a", 5, "Top"), Answer("b", 4, "Goed")]);
        Assert.Equal((2, (decimal?)null), (two.Usefulness.Answers, two.Usefulness.Average));
        Assert.Empty(two.Usefulness.Remarks);

        var three = FeedbackSummary.Of([Answer("a", 5, "Top"), Answer("b", 4, "Goed"), Answer("c", 4, null)]);
        Assert.Equal((3, 4.3m), (three.Usefulness.Answers, three.Usefulness.Average));
        Assert.Equal(["Goed", "Top"], three.Usefulness.Remarks);
    }

    [Fact]
    public void FeedbackIsAggregatedPerParty()
    {
        var answers = new[]
        {
            Party("a", new PartyFeedback(Buurthuis, 5, 4, 3, "Altijd bereikbaar"), new PartyFeedback(Moestuin, 2, 2, 2)),
            Party("b", new PartyFeedback(Buurthuis, 4, 4, 4)),
            Party("c", new PartyFeedback(Buurthuis, 3, 5, 2, "Meer delen")),
        };

        var summary = FeedbackSummary.Of(answers);

        Assert.Equal(3, summary.Respondents);
        var buurthuis = summary.Parties.Single(p => p.Party == Buurthuis);
        Assert.Equal((4.0m, 4.3m, 3.0m), (buurthuis.Contribution.Average!.Value, buurthuis.Role.Average!.Value, buurthuis.Connection.Average!.Value));
        Assert.Equal(["Altijd bereikbaar", "Meer delen"], buurthuis.Contribution.Remarks);
        var moestuin = summary.Parties.Single(p => p.Party == Moestuin);
        Assert.Equal((1, false), (moestuin.Contribution.Answers, moestuin.Contribution.Shown));
    }

    [Fact]
    public void TheFeedbackKeyIsStablePerMeetingAndPersonAndDoesNotNameThePerson()
    {
        var key = FeedbackKey.For(Held().Id, Invited.Id);

        Assert.Equal(key, FeedbackKey.For(Held().Id, Invited.Id));
        Assert.NotEqual(key, FeedbackKey.For(Held().Id, Organiser.Id));
        Assert.NotEqual(key, FeedbackKey.For(new MeetingId("GM0202", "ffffffffffffffffffffffffffffffff"), Invited.Id));
        Assert.DoesNotContain(Invited.Id.Value, key, StringComparison.Ordinal);
        Assert.Equal(64, key.Length);
    }

    private static FeedbackSubmission Answer(string key, int usefulness, string? remark) => new(Held().Id, key, usefulness, remark, [], MeetingSamples.Now);

    private static FeedbackSubmission Party(string key, params PartyFeedback[] parties) => new(Held().Id, key, null, null, parties, MeetingSamples.Now);
}
