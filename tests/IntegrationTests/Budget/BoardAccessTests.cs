using Wijkverbinder.Domain.Budget;
using Wijkverbinder.Domain.Referrals;
using Wijkverbinder.Domain.Validation;
using Wijkverbinder.IntegrationTests.Infrastructure;
using Wijkverbinder.IntegrationTests.Referrals;

namespace Wijkverbinder.IntegrationTests.Budget;

[Collection(AzuriteCollection.Name)]
public sealed class BoardAccessTests(AzuriteFixture azurite)
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task ARequestToMeetTheBoardGoesToTheConfiguredOfficialAsAReferralOfItsOwnKind()
    {
        var t = await ReferralTown.CreateAsync(azurite);
        var service = new BoardAccessService(t.Service, t.Routing);
        var draft = new BoardAccessDraft
        {
            What = "Fietsschouw met de wethouder", District = t.Town.District1, Theme = "meedoen", PreferredPeriod = "voorjaar", FromTheBoard = "wethouder verkeer",
        };

        var result = await service.SubmitAsync(t.Town.Municipality, draft, t.Referrer.Id, t.Specialist.Id, None);
        var refused = await service.SubmitAsync(t.Town.Municipality, draft with { PreferredPeriod = null }, t.Referrer.Id, null, None);

        Assert.True(result.IsValid);
        var stored = (await t.GetAsync(result.Value!.Id)).Referral;
        Assert.Equal((SubjectKind.BoardAccess, t.Specialist.Id), (stored.Subject, stored.Receiver));
        Assert.Equal(new BoardAccessRequest("voorjaar", "wethouder verkeer"), stored.BoardAccess);
        Assert.Equal(
            [("preferredPeriod", ValidationCodes.Required), ("receiver", ValidationCodes.NoBoardOfficial)],
            refused.Errors.Select(e => (e.Field, e.Code)).ToArray());
        Assert.Single(await t.RowsAsync("referral"));
    }
}
