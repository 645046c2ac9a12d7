using Wijkverbinder.Domain.Validation;

namespace Wijkverbinder.Domain.Referrals;

/// <summary>
/// The service levels per urgency, in working days (Monday to Friday) from the day of referral. The default due
/// date follows from them; the referrer may choose another. A municipality may set its own
/// (<see cref="IReferralSlaStore"/>); <see cref="Default"/> applies until it does.
/// </summary>
public sealed record ReferralSla(int NormalDays = 10, int HighDays = 5, int UrgentDays = 2, int ReminderDaysBefore = 1)
{
    public const int MinDays = 1;
    public const int MaxDays = 60;
    public const int MaxReminderDays = 5;

    public static ReferralSla Default { get; } = new();

    /// <summary>
    /// Each SLA 1..60 working days, urgent ≤ high ≤ normal, and the reminder 0..5 days before the due date and
    /// shorter than the shortest SLA (else it would come before the referral itself). Fields are named as the
    /// administration page and the API name them.
    /// </summary>
    public IReadOnlyList<ValidationError> Validate()
    {
        var errors = new List<ValidationError>();
        Range("urgentDays", UrgentDays, MinDays, MaxDays, errors);
        Range("highDays", HighDays, MinDays, MaxDays, errors);
        Range("normalDays", NormalDays, MinDays, MaxDays, errors);
        Range("reminderDaysBefore", ReminderDaysBefore, 0, MaxReminderDays, errors);
        if (errors.Count > 0)
        {
            return errors;
        }

        if (HighDays < UrgentDays)
        {
            errors.Add(new("highDays", ValidationCodes.SlaOrder));
        }

        if (NormalDays < HighDays)
        {
            errors.Add(new("normalDays", ValidationCodes.SlaOrder));
        }

        var shortest = Math.Min(UrgentDays, Math.Min(HighDays, NormalDays));
        if (ReminderDaysBefore >= shortest)
        {
            errors.Add(new("reminderDaysBefore", ValidationCodes.ReminderTooLate, shortest));
        }

        return errors;
    }

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

    private static void Range(string field, int value, int min, int max, List<ValidationError> errors)
    {
        if (value < min || value > max)
        {
            errors.Add(new(field, ValidationCodes.OutOfRange, min, max));
        }
    }
}
