using Wijkverbinder.Domain.Referrals;
using Wijkverbinder.Domain.Validation;

namespace Wijkverbinder.Domain.Tests.Referrals;

public sealed class ReferralSlaValidationTests
{
    [Fact]
    public void TheDefaultsAreValid() => Assert.Empty(ReferralSla.Default.Validate());

    [Theory]
    [InlineData(0, 5, 2, 1, "normalDays")]
    [InlineData(61, 5, 2, 1, "normalDays")]
    [InlineData(10, 0, 0, 0, "highDays")]
    [InlineData(10, 5, 0, 0, "urgentDays")]
    [InlineData(10, 5, 2, -1, "reminderDaysBefore")]
    [InlineData(10, 5, 2, 6, "reminderDaysBefore")]
    public void EachNumberMustBeInItsRange(int normal, int high, int urgent, int reminder, string field)
    {
        var errors = new ReferralSla(normal, high, urgent, reminder).Validate();

        Assert.Contains(errors, e => e.Field == field && e.Code == ValidationCodes.OutOfRange);
    }

    [Fact]
    public void AHigherUrgencyMayNotGetMoreTime()
    {
        var errors = new ReferralSla(NormalDays: 4, HighDays: 5, UrgentDays: 6, ReminderDaysBefore: 1).Validate();

        Assert.Equal([("highDays", ValidationCodes.SlaOrder), ("normalDays", ValidationCodes.SlaOrder)], errors.Select(e => (e.Field, e.Code)));
    }

    [Fact]
    public void EqualSlasAreAllowed() => Assert.Empty(new ReferralSla(3, 3, 3, 2).Validate());

    [Fact]
    public void TheReminderMustComeWithinTheShortestSla()
    {
        var errors = new ReferralSla(NormalDays: 10, HighDays: 5, UrgentDays: 2, ReminderDaysBefore: 2).Validate();

        var error = Assert.Single(errors);
        Assert.Equal(("reminderDaysBefore", ValidationCodes.ReminderTooLate), (error.Field, error.Code));
        Assert.Equal([2], error.Arguments);
    }

    [Fact]
    public void TheBoundsThemselvesAreAllowed() => Assert.Empty(new ReferralSla(60, 60, 6, 5).Validate());
}
