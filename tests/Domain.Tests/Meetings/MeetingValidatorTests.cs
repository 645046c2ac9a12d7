using Wijkverbinder.Domain.Meetings;
using Wijkverbinder.Domain.Validation;
using static Wijkverbinder.Domain.Tests.Meetings.MeetingSamples;
using static Wijkverbinder.Domain.Tests.Referrals.ReferralSamples;

namespace Wijkverbinder.Domain.Tests.Meetings;

public sealed class MeetingValidatorTests
{
    private static List<(string Field, string Code)> Errors(MeetingDraft draft) =>
        [.. MeetingValidator.Validate(draft, Town, Known, MeetingSamples.Now).Select(e => (e.Field, e.Code))];

    [Fact]
    public void AWellFormedDraftPasses() => Assert.Empty(Errors(PlanDraft()));

    [Fact]
    public void AMeetingInThePastIsRefused() =>
        Assert.Equal([("start", ValidationCodes.InPast)], Errors(PlanDraft() with { Start = MeetingSamples.Now.AddMinutes(-1), End = MeetingSamples.Now.AddHours(1) }));

    [Fact]
    public void AnEndBeforeTheStartIsRefused() =>
        Assert.Equal([("end", ValidationCodes.EndBeforeStart)], Errors(PlanDraft() with { End = PlanDraft().Start.AddMinutes(-30) }));

    [Fact]
    public void AnEndAtTheStartIsRefused() =>
        Assert.Equal([("end", ValidationCodes.EndBeforeStart)], Errors(PlanDraft() with { End = PlanDraft().Start }));

    [Fact]
    public void AMeetingOfMoreThanTwelveHoursIsRefused() =>
        Assert.Equal([("end", ValidationCodes.TooLongDuration)], Errors(PlanDraft() with { End = PlanDraft().Start.AddHours(13) }));

    [Fact]
    public void AMeetingWithoutInviteesIsRefused() =>
        Assert.Equal([("invitees", ValidationCodes.NoInvitees)], Errors(PlanDraft() with { Invitees = [] }));

    [Fact]
    public void AnUnknownDistrictIsRefused() =>
        Assert.Equal([("scope", ValidationCodes.NotAScope)], Errors(PlanDraft() with { Scope = "WK999999", Themes = ["armoede"] }));

    [Fact]
    public void AnAreaIsAScopeAndCoversAllItsDistricts()
    {
        Assert.Empty(Errors(PlanDraft() with { Scope = AreaA.ToString() }));
        Assert.Equal([HomeDistrict, "WK020202"], MeetingValidator.DistrictsOf(Town, AreaA.ToString()));
        Assert.Equal([HomeDistrict], MeetingValidator.DistrictsOf(Town, HomeDistrict));
    }

    [Fact]
    public void AThemeMeetingNeedsATheme() =>
        Assert.Equal([("themes", ValidationCodes.Required)], Errors(PlanDraft() with { Themes = [] }));

    [Fact]
    public void AFeedbackMeetingMayBeAboutTheWholeNetwork() =>
        Assert.Empty(Errors(PlanDraft() with { Kind = MeetingKind.FeedbackMeeting, Themes = [] }));

    [Fact]
    public void AnUnknownInviteeIsNamed()
    {
        var stranger = InviteeRef.For(Member("ffffffffffffffffffffffffffffffff"));
        var errors = MeetingValidator.Validate(PlanDraft() with { Invitees = [stranger] }, Town, Known, MeetingSamples.Now);
        var error = Assert.Single(errors);
        Assert.Equal((ValidationCodes.UnknownMember, stranger.Id), (error.Code, error.Arguments[0]));
    }

    [Fact]
    public void APlaceIsNeededUnlessItIsOnline()
    {
        Assert.Equal([("location", ValidationCodes.Required)], Errors(PlanDraft() with { Location = " " }));
        Assert.Empty(Errors(PlanDraft() with { Location = null, Online = true }));
    }

    [Fact]
    public void TextsAreLimitedAndMayNotHoldABsn()
    {
        Assert.Equal([("title", ValidationCodes.TooLong)], Errors(PlanDraft() with { Title = new string('x', MeetingLimits.TitleLength + 1) }));
        Assert.Equal([("agenda", ValidationCodes.ContainsBsn)], Errors(PlanDraft() with { Agenda = "Bewoner 111222333 komt ook" }));
    }

    [Fact]
    public void AllBrokenRulesAreReportedAtOnce() =>
        Assert.Equal(4, Errors(PlanDraft() with { Title = "", Scope = "WK999999", End = PlanDraft().Start.AddHours(-1), Invitees = [] }).Count);
}
