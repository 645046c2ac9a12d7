using Wijkverbinder.Domain.Referrals;
using Wijkverbinder.Domain.Validation;
using Wijkverbinder.IntegrationTests.Infrastructure;
using Wijkverbinder.Storage.Referrals;

namespace Wijkverbinder.IntegrationTests.Referrals;

/// <summary>Refused actions and referrals write nothing: no change, no history line, no outbox row.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class ReferralRefusalTests(AzuriteFixture azurite)
{
    private const string ValidBsn = "111 222 333";
    private static readonly CancellationToken None = CancellationToken.None;

    public static TheoryData<string> IllegalActions => ["completeWhenSent", "acceptByOutsider", "answerWithoutQuestion", "declineWithoutReason", "askByReferrer", "forwardToSelf", "forwardToUnknown", "bsnInReason"];

    [Theory]
    [MemberData(nameof(IllegalActions))]
    public async Task AnIllegalActionIsRefusedAndWritesNothing(string action)
    {
        var t = await ReferralTown.CreateAsync(azurite);
        var created = await t.CreateAsync();
        await t.Service.MarkSentAsync(created.Id, None);
        var before = await t.GetAsync(created.Id);
        var outboxBefore = (await t.RowsAsync(ReferralKeys.OutboxKind)).Count;

        var (result, code) = action switch
        {
            "completeWhenSent" => (await t.Service.CompleteAsync(created.Id, t.Ann.Id, "Klaar", None), ValidationCodes.NotAllowedNow),
            "acceptByOutsider" => (await t.Service.AcceptAsync(created.Id, t.Outsider.Id, None), ValidationCodes.NotReceiver),
            "answerWithoutQuestion" => (await t.Service.ProvideInformationAsync(created.Id, t.Referrer.Id, "Antwoord", None), ValidationCodes.NotAllowedNow),
            "declineWithoutReason" => (await t.Service.DeclineAsync(created.Id, t.Ann.Id, "  ", None), ValidationCodes.Required),
            "askByReferrer" => (await t.Service.RequestInformationAsync(created.Id, t.Referrer.Id, "Vraag?", None), ValidationCodes.NotReceiver),
            "forwardToSelf" => (await t.Service.ForwardAsync(created.Id, t.Ann.Id, ReferralTown.SocialTeamId, null, None), ValidationCodes.SelfReferral),
            "forwardToUnknown" => (await t.Service.ForwardAsync(created.Id, t.Ann.Id, new Domain.Colleagues.ColleagueId("team-bestaat-niet"), null, None), ValidationCodes.UnknownColleague),
            "bsnInReason" => (await t.Service.DeclineAsync(created.Id, t.Ann.Id, $"Bewoner {ValidBsn} is bekend", None), ValidationCodes.ContainsBsn),
            _ => throw new ArgumentOutOfRangeException(nameof(action)),
        };

        Assert.Equal(code, Assert.Single(result!.Errors).Code);
        var after = await t.GetAsync(created.Id);
        Assert.Equal(before.Referral, after.Referral);
        Assert.Equal(before.History, after.History);
        Assert.Equal(outboxBefore, (await t.RowsAsync(ReferralKeys.OutboxKind)).Count);
    }

    [Fact]
    public async Task NothingCanBeDoneWithAClosedReferral()
    {
        var t = await ReferralTown.CreateAsync(azurite);
        var created = await t.CreateAsync();
        await t.Service.DeclineAsync(created.Id, t.Ann.Id, "Niet voor ons", None);

        var refused = new[]
        {
            await t.Service.AcceptAsync(created.Id, t.Ann.Id, None),
            await t.Service.DeclineAsync(created.Id, t.Ann.Id, "Nogmaals", None),
            await t.Service.ForwardAsync(created.Id, t.Ann.Id, t.Specialist.Id, null, None),
            await t.Service.RequestInformationAsync(created.Id, t.Ann.Id, "Vraag?", None),
            await t.Service.CompleteAsync(created.Id, t.Ann.Id, "Klaar", None),
        };

        Assert.All(refused, r => Assert.Equal(ValidationCodes.NotAllowedNow, Assert.Single(r!.Errors).Code));
        Assert.Equal(2, (await t.GetAsync(created.Id)).History.Count);
    }

    [Fact]
    public async Task PersonalDataWithoutConsentIsRefusedAndNothingIsWritten()
    {
        var t = await ReferralTown.CreateAsync(azurite);

        var result = await t.Service.CreateAsync(t.Town.Municipality, t.Draft() with { ContainsPersonalData = true }, t.Referrer.Id, None);

        Assert.Equal(ValidationCodes.ConsentRequired, Assert.Single(result.Errors).Code);
        Assert.Empty(await t.RowsAsync(ReferralKeys.ReferralKind));
        Assert.Empty(await t.RowsAsync(ReferralKeys.OutboxKind));
    }

    [Fact]
    public async Task ConsentIsForOneReceiverSoAForwardElsewhereIsRefused()
    {
        var t = await ReferralTown.CreateAsync(azurite);
        var created = await t.CreateAsync(t.Draft() with { ContainsPersonalData = true, ConsentGivenTo = "Wijkteam Eén", ConsentGivenOn = AzuriteFixture.Today });

        var forward = await t.Service.ForwardAsync(created.Id, t.Ann.Id, t.Specialist.Id, null, None);

        Assert.Equal(ValidationCodes.ConsentForOtherReceiver, Assert.Single(forward!.Errors).Code);
        var record = await t.GetAsync(created.Id);
        Assert.Equal(ReferralTown.SocialTeamId, record.Referral.Receiver);
        Assert.Single(record.History);
    }

    [Theory]
    [InlineData("summary")]
    [InlineData("details")]
    [InlineData("consent.givenTo")]
    public async Task ABsnInAnyFreeTextRefusesTheReferral(string field)
    {
        var t = await ReferralTown.CreateAsync(azurite);
        var draft = t.Draft() with { ContainsPersonalData = true, ConsentGivenTo = "Wijkteam", ConsentGivenOn = AzuriteFixture.Today };
        draft = field switch
        {
            "summary" => draft with { Summary = $"BSN {ValidBsn}" },
            "details" => draft with { Details = $"Nummer: {ValidBsn.Replace(' ', '.')}" },
            _ => draft with { ConsentGivenTo = $"Moeder {ValidBsn}" },
        };

        var result = await t.Service.CreateAsync(t.Town.Municipality, draft, t.Referrer.Id, None);

        var error = Assert.Single(result.Errors);
        Assert.Equal((field, ValidationCodes.ContainsBsn), (error.Field, error.Code));
        Assert.Empty(await t.RowsAsync(ReferralKeys.ReferralKind));
    }
}
