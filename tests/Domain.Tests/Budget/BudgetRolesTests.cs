using Wijkverbinder.Domain.Bookings;
using Wijkverbinder.Domain.Budget;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Tests.Referrals;
using Wijkverbinder.Domain.Validation;
using static Wijkverbinder.Domain.Tests.Referrals.ReferralSamples;

namespace Wijkverbinder.Domain.Tests.Budget;

/// <summary>Who sets an area's budget, who spends on a grant and who registers a resource: the rules the pages show their forms by.</summary>
public sealed class BudgetRolesTests
{
    private static readonly Colleague Manager = Outsider with { Roles = [AppRole.DistrictManager], Districts = ["WK020202"] };

    [Fact]
    public void AnAreasBudgetIsSetByAWijkmanagerWhoWorksThereOrABeheerder()
    {
        var areaA = Town.Areas[0];
        var areaB = Town.Areas[1];

        Assert.True(BudgetService.MayManage(Manager, areaA));
        Assert.False(BudgetService.MayManage(Manager, areaB));
        Assert.True(BudgetService.MayManage(Outsider with { Roles = [AppRole.Administrator], Districts = [] }, areaB));
        Assert.False(BudgetService.MayManage(WijkteamMember with { Roles = [AppRole.DistrictTeam] }, areaA));
    }

    [Fact]
    public void SpendingIsRegisteredByTheHoldersTeamOrTheReferrerOnly()
    {
        var request = BudgetSamples.Referral(Domain.Referrals.ReferralStatus.Completed);

        Assert.True(BudgetService.MaySpend(TeamMember, request));
        Assert.True(BudgetService.MaySpend(Referrer, request));
        Assert.False(BudgetService.MaySpend(Outsider, request));
    }

    [Fact]
    public void AResourceIsRegisteredByAWijkmanagerOrABeheerder()
    {
        Assert.True(BookingService.MayRegister(Manager));
        Assert.True(BookingService.MayRegister(Outsider with { Roles = [AppRole.Administrator] }));
        Assert.False(BookingService.MayRegister(WijkteamMember with { Roles = [AppRole.DistrictTeam] }));
    }

    [Fact]
    public void TheseRefusalsAreAboutTheActorButAnApproverWhoIsNoWijkmanagerIsAboutTheInput()
    {
        Assert.True(ActorRefusals.IsAboutTheActor(new("actor", ValidationCodes.NotBudgetManager)));
        Assert.True(ActorRefusals.IsAboutTheActor(new("actor", ValidationCodes.NotDistrictManager)));
        Assert.False(ActorRefusals.IsAboutTheActor(new("approver", ValidationCodes.NotDistrictManager)));
    }
}
