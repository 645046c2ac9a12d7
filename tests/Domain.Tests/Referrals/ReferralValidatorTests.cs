using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.Domain.Referrals;
using Wijkverbinder.Domain.Validation;
using static Wijkverbinder.Domain.Tests.Referrals.ReferralSamples;

namespace Wijkverbinder.Domain.Tests.Referrals;

public sealed class ReferralValidatorTests
{
    private const string ValidBsn = "111222333";

    private static readonly Initiative Garden = new()
    {
        Id = new MemberId(AreaA, "0123456789abcdef0123456789abcdef"), Name = "Moestuin", Districts = [HomeDistrict], Themes = ["meedoen"],
        JoinedOn = new DateOnly(2025, 6, 1),
    };

    private static readonly Partner Centre = new()
    {
        Id = new MemberId(AreaA, "fedcba9876543210fedcba9876543210"), Name = "Buurtcentrum", Districts = [HomeDistrict], Themes = ["armoede"],
        JoinedOn = new DateOnly(2024, 2, 1), PartnerKind = PartnerKind.CommunityCentre,
    };

    [Fact]
    public void AGoodDraftPasses() => Assert.Empty(Validate(Draft()));

    [Theory]
    [InlineData("summary")]
    [InlineData("details")]
    [InlineData("consent.givenTo")]
    public void ABsnInAnyFreeTextIsRefused(string field)
    {
        var draft = WithConsent(Draft());
        draft = field switch
        {
            "summary" => draft with { Summary = $"Bewoner {ValidBsn}" },
            "details" => draft with { Details = "Nummer 111-222-333 is bekend" },
            _ => draft with { ConsentGivenTo = $"Moeder, {ValidBsn}" },
        };

        var error = Assert.Single(Validate(draft));
        Assert.Equal((field, ValidationCodes.ContainsBsn), (error.Field, error.Code));
    }

    [Fact]
    public void OneRefersOnlyInADistrictOneWorksIn()
    {
        var elsewhere = Referrer with { Districts = ["WK99999999"] };

        var error = Assert.Single(ReferralValidator.Validate(Draft(), Town, elsewhere, SocialTeam, null, Today));

        Assert.Equal(("district", ValidationCodes.OutsideYourDistricts), (error.Field, error.Code));
        Assert.True(ActorRefusals.IsAboutTheActor(error));
    }

    [Fact]
    public void NineDigitsThatAreNoBsnAreFine() => Assert.Empty(Validate(Draft() with { Summary = "Kenmerk 123456789" }));

    [Theory]
    [InlineData("summary", ReferralLimits.SummaryLength)]
    [InlineData("details", ReferralLimits.DetailsLength)]
    [InlineData("consent.givenTo", ReferralLimits.ConsentGivenToLength)]
    public void TextsHaveAMaximumLength(string field, int max)
    {
        ReferralDraft With(int length) => field switch
        {
            "summary" => WithConsent(Draft()) with { Summary = new string('a', length) },
            "details" => WithConsent(Draft()) with { Details = new string('a', length) },
            _ => WithConsent(Draft()) with { ConsentGivenTo = new string('a', length) },
        };

        Assert.Empty(Validate(With(max)));
        var error = Assert.Single(Validate(With(max + 1)));
        Assert.Equal((field, ValidationCodes.TooLong, max), (error.Field, error.Code, error.Arguments[0]));
    }

    [Fact]
    public void PersonalDataNeedsRecordedConsent()
    {
        Assert.Equal(ValidationCodes.ConsentRequired, Assert.Single(Validate(Draft() with { ContainsPersonalData = true })).Code);
        Assert.Equal(ValidationCodes.ConsentRequired, Assert.Single(Validate(Draft() with { ContainsPersonalData = true, ConsentGivenTo = "Wijkteam" })).Code);
        Assert.Equal(ValidationCodes.ConsentRequired, Assert.Single(Validate(Draft() with { ContainsPersonalData = true, ConsentGivenOn = Today })).Code);
        Assert.Equal(ValidationCodes.InFuture, Assert.Single(Validate(WithConsent(Draft()) with { ConsentGivenOn = Today.AddDays(1) })).Code);
        Assert.Empty(Validate(WithConsent(Draft())));
    }

    [Fact]
    public void TheDueDateLiesBetweenTodayAndAYearAhead()
    {
        Assert.Equal(ValidationCodes.InPast, Assert.Single(Validate(Draft() with { DueDate = Today.AddDays(-1) })).Code);
        Assert.Empty(Validate(Draft() with { DueDate = Today }));
        Assert.Empty(Validate(Draft() with { DueDate = Today.AddDays(ReferralLimits.MaxDueDays) }));
        Assert.Equal(ValidationCodes.TooFarAhead, Assert.Single(Validate(Draft() with { DueDate = Today.AddDays(ReferralLimits.MaxDueDays + 1) })).Code);
    }

    [Fact]
    public void NobodyRefersToThemselves()
    {
        var errors = ReferralValidator.Validate(Draft() with { Receiver = Referrer.Id }, Town, Referrer, Referrer, null, Today);

        Assert.Equal(("receiver", ValidationCodes.SelfReferral), (Assert.Single(errors).Field, errors[0].Code));
    }

    [Fact]
    public void AReceiverIsNeeded()
    {
        var none = ReferralValidator.Validate(Draft() with { Receiver = null }, Town, Referrer, null, null, Today);
        Assert.Equal(ValidationCodes.NoReceiver, Assert.Single(none).Code);

        var unknown = ReferralValidator.Validate(Draft() with { Receiver = new ColleagueId("team-weg") }, Town, Referrer, null, null, Today);
        Assert.Equal(ValidationCodes.UnknownColleague, Assert.Single(unknown).Code);
    }

    [Fact]
    public void DistrictThemeAndTeamMustBeKnown()
    {
        var errors = Validate(Draft() with { District = "WK999901", Theme = "onbekend", ReferrerTeam = new ColleagueId("team-ander") });

        Assert.Equal(
            [("district", ValidationCodes.UnknownDistrict), ("theme", ValidationCodes.UnknownTheme), ("referrerTeam", ValidationCodes.UnknownColleague)],
            errors.Select(e => (e.Field, e.Code)));
        Assert.Empty(Validate(Draft() with { ReferrerTeam = Wijkteam.Id }));
    }

    [Fact]
    public void AnInitiativeReferralNamesAnExistingInitiative()
    {
        var draft = Draft() with { Subject = SubjectKind.Initiative };

        Assert.Equal(ValidationCodes.Required, Assert.Single(ReferralValidator.Validate(draft, Town, Referrer, SocialTeam, null, Today)).Code);
        Assert.Equal(ValidationCodes.UnknownMember, Assert.Single(ReferralValidator.Validate(draft with { Initiative = Garden.Id }, Town, Referrer, SocialTeam, null, Today)).Code);
        Assert.Equal(ValidationCodes.NotAnInitiative, Assert.Single(ReferralValidator.Validate(draft with { Initiative = Centre.Id }, Town, Referrer, SocialTeam, Centre, Today)).Code);
        Assert.Empty(ReferralValidator.Validate(draft with { Initiative = Garden.Id }, Town, Referrer, SocialTeam, Garden, Today));
    }

    [Fact]
    public void EveryBrokenRuleIsReportedAtOnce()
    {
        var errors = Validate(Draft() with { Summary = "", District = "", Theme = "", DueDate = Today.AddDays(-3), ContainsPersonalData = true });

        Assert.Equal(["summary", "district", "theme", "dueDate", "consent"], errors.Select(e => e.Field));
    }

    private static ReferralDraft WithConsent(ReferralDraft draft) => draft with { ContainsPersonalData = true, ConsentGivenTo = "Wijkteam", ConsentGivenOn = Today };

    private static List<ValidationError> Validate(ReferralDraft draft) =>
        ReferralValidator.Validate(draft, Town, Referrer, SocialTeam, null, Today);
}
