using Wijkverbinder.Domain.Network;

namespace Wijkverbinder.Domain.Meetings;

/// <summary>
/// Which districts and themes are due for a meeting: a district without a held feedback meeting (on it, or on its
/// whole area) for <see cref="RhythmSettings.FeedbackMonths"/>, and a theme of an area's wijkprogramma without a held
/// meeting on it in the area for <see cref="RhythmSettings.ThemeMonths"/>. Planned and cancelled meetings do not count.
/// </summary>
public static class MeetingRhythm
{
    /// <summary>
    /// The reminders due on <paramref name="today"/>, given the meetings held in the last
    /// <see cref="LookBackMonths"/> months (older ones may be passed too), districts first, in the municipality's order.
    /// </summary>
    public static IReadOnlyList<RhythmReminder> Due(Municipality municipality, IEnumerable<Meeting> meetings, DateOnly today, RhythmSettings settings)
    {
        ArgumentNullException.ThrowIfNull(municipality);
        ArgumentNullException.ThrowIfNull(settings);
        var held = meetings.Where(m => m.Status == MeetingStatus.Held).ToList();
        var due = new List<RhythmReminder>();
        foreach (var district in municipality.Districts)
        {
            var last = LastHeld(held.Where(m => m.Kind == MeetingKind.FeedbackMeeting && m.Districts.Contains(district.Code)));
            if (Reminder(RhythmReminderKind.FeedbackMeeting, district.Code, null, last, today, settings.FeedbackMonths) is { } reminder)
            {
                due.Add(reminder);
            }
        }

        foreach (var area in municipality.Areas)
        {
            foreach (var theme in municipality.ThemesOf(area))
            {
                var last = LastHeld(held.Where(m => m.Themes.Contains(theme.Id) && m.Districts.Any(area.DistrictCodes.Contains)));
                if (Reminder(RhythmReminderKind.ThemeMeeting, area.Id.ToString(), theme.Id, last, today, settings.ThemeMonths) is { } reminder)
                {
                    due.Add(reminder);
                }
            }
        }

        return due;
    }

    /// <summary>How far back the held meetings must go for <see cref="Due"/> to see every one that matters.</summary>
    public static int LookBackMonths(RhythmSettings settings) => Math.Max(settings.FeedbackMonths, settings.ThemeMonths);

    private static DateOnly? LastHeld(IEnumerable<Meeting> meetings) =>
        meetings.Select(m => (DateOnly?)DutchTime.DateOf(m.Start)).Max();

    private static RhythmReminder? Reminder(RhythmReminderKind kind, string scope, string? theme, DateOnly? last, DateOnly today, int months)
    {
        if (months <= 0)
        {
            return null;
        }

        if (last is null)
        {
            // Never held: periods follow the calendar, so the reminder comes again every period until one is held.
            return new(kind, scope, theme, null, MonthIndex(today) / months);
        }

        var dueOn = last.Value.AddMonths(months);
        return dueOn > today ? null : new(kind, scope, theme, last, (MonthIndex(today) - MonthIndex(dueOn) - (today.Day < dueOn.Day ? 1 : 0)) / months);
    }

    private static int MonthIndex(DateOnly day) => (day.Year * 12) + day.Month - 1;
}
