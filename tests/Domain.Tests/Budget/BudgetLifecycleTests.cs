using Wijkverbinder.Domain.Referrals;
using Wijkverbinder.Domain.Tests.Referrals;
using Wijkverbinder.Domain.Validation;

namespace Wijkverbinder.Domain.Tests.Budget;

public sealed class BudgetLifecycleTests
{
    private static readonly DateTimeOffset At = ReferralSamples.Now.AddHours(1);

    [Fact]
    public void TheHoldersGrantCompletesTheRequestAndTellsTheReferrerByMailAndCard()
    {
        var result = ReferralLifecycle.Grant(BudgetSamples.Referral(), ReferralSamples.TeamMember, "Past in Meedoen", r => r with { Budget = r.Budget! with { Granted = 500m } }, At);

        Assert.True(result.IsValid);
        var change = result.Value!;
        Assert.Equal(ReferralStatus.Completed, change.After.Status);
        Assert.Equal(500m, change.After.Budget!.Granted);
        Assert.Equal("Past in Meedoen", change.Event.Text);
        Assert.Equal(2, change.Notifications.Count(n => n.Recipient == ReferralSamples.Referrer.Id));
    }

    [Fact]
    public void OnlyTheHolderGrantsAndOnlyWhileTheRequestIsOpen()
    {
        var byOutsider = ReferralLifecycle.Grant(BudgetSamples.Referral(), ReferralSamples.Outsider, "Ja", r => r, At);
        var afterDecline = ReferralLifecycle.Grant(BudgetSamples.Referral(ReferralStatus.Declined), ReferralSamples.TeamMember, "Ja", r => r, At);
        var withoutReason = ReferralLifecycle.Grant(BudgetSamples.Referral(), ReferralSamples.TeamMember, " ", r => r, At);

        Assert.Equal(ValidationCodes.NotReceiver, Assert.Single(byOutsider.Errors).Code);
        Assert.Equal(ValidationCodes.NotAllowedNow, Assert.Single(afterDecline.Errors).Code);
        Assert.Equal(("reason", ValidationCodes.Required), (Assert.Single(withoutReason.Errors).Field, withoutReason.Errors[0].Code));
    }

    [Fact]
    public void AnOrdinaryReferralCannotBeGrantedAndABudgetRequestCannotBeCompletedWithoutAGrant()
    {
        var grant = ReferralLifecycle.Grant(ReferralSamples.Referral(), ReferralSamples.TeamMember, "Ja", r => r, At);
        var complete = ReferralLifecycle.Complete(BudgetSamples.Referral(ReferralStatus.Accepted), ReferralSamples.TeamMember, "Klaar", At);

        Assert.Equal(ValidationCodes.NotAllowedNow, Assert.Single(grant.Errors).Code);
        Assert.Equal(ValidationCodes.NotAllowedNow, Assert.Single(complete.Errors).Code);
        Assert.DoesNotContain(ReferralAction.Complete, ReferralLifecycle.ActionsFor(BudgetSamples.Referral(ReferralStatus.Accepted), ReferralSamples.TeamMember));
    }

    [Fact]
    public void SpendingIsALineInTheHistoryThatChangesNoStatusAndTellsNoOne()
    {
        var granted = BudgetSamples.Referral(ReferralStatus.Completed);

        var change = ReferralLifecycle.Record(granted, ReferralEventKind.SpendingRecorded, ReferralSamples.Referrer.Id, At, r => r, "100.00");

        Assert.Equal(ReferralStatus.Completed, change.After.Status);
        Assert.Equal(granted.LastSequence + 1, change.Event.Sequence);
        Assert.Empty(change.Notifications);
    }
}
