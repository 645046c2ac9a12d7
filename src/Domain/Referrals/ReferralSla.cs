namespace Wijkverbinder.Domain.Referrals;

/// <summary>
/// The service levels per urgency, in working days (Monday to Friday) from the day of referral. The default due
/// date follows from them; the referrer may choose another.
/// </summary>
public sealed record ReferralSla(int NormalDays = 10, int HighDays = 5, int UrgentDays = 2, int ReminderDaysBefore = 1)
{
    public static ReferralSla Default { get; } = new();

    public DateOnly DueDate(Urgency urgency, DateOnly from) => AddWorkingDays(from, urgency switch
    {
        Urgency.Urgent => UrgentDays,
        Urgency.High => HighDays,
        _ => NormalDays,
    });

    /// <summary>The day the receiver is reminded: working days before the due date, never before the referral itself.</summary>
    public DateOnly ReminderDate(DateOnly dueDate) => AddWorkingDays(dueDate, -ReminderDaysBefore);

    private static DateOnly AddWorkingDays(DateOnly from, int days)
    {
        var step = days < 0 ? -1 : 1;
        var date = from;
        for (var left = Math.Abs(days); left > 0;)
        {
            date = date.AddDays(step);
            if (date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                left--;
            }
        }

        return date;
    }
}
