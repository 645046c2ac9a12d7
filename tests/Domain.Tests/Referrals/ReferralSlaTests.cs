using Wijkverbinder.Domain.Referrals;

namespace Wijkverbinder.Domain.Tests.Referrals;

public sealed class ReferralSlaTests
{
    private static readonly DateOnly Wednesday = new(2026, 11, 25);

    [Theory]
    [InlineData(Urgency.Urgent, "2026-11-27")]
    [InlineData(Urgency.High, "2026-12-02")]
    [InlineData(Urgency.Normal, "2026-12-09")]
    public void TheDueDateCountsWorkingDays(Urgency urgency, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), ReferralSla.Default.DueDate(urgency, Wednesday));

    [Theory]
    [InlineData("2026-11-27", "2026-12-01")]
    [InlineData("2026-11-28", "2026-12-01")]
    [InlineData("2026-11-29", "2026-12-01")]
    public void WeekendsDoNotCount(string from, string expected) =>
        Assert.Equal(Parse(expected), ReferralSla.Default.DueDate(Urgency.Urgent, Parse(from)));

    [Theory]
    [InlineData("2026-12-07", "2026-12-04")]
    [InlineData("2026-12-09", "2026-12-08")]
    public void TheReminderComesAWorkingDayBeforeTheDueDate(string due, string expected) =>
        Assert.Equal(Parse(expected), ReferralSla.Default.ReminderDate(Parse(due)));

    [Fact]
    public void AnotherSlaCanBeConfigured()
    {
        var sla = new ReferralSla(NormalDays: 15, HighDays: 3, UrgentDays: 1, ReminderDaysBefore: 2);

        Assert.Equal(new DateOnly(2026, 12, 16), sla.DueDate(Urgency.Normal, Wednesday));
        Assert.Equal(new DateOnly(2026, 11, 26), sla.DueDate(Urgency.Urgent, Wednesday));
        Assert.Equal(new DateOnly(2026, 12, 3), sla.ReminderDate(new DateOnly(2026, 12, 7)));
    }

    private static DateOnly Parse(string text) => DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
