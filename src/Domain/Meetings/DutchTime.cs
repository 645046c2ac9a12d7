namespace Wijkverbinder.Domain.Meetings;

/// <summary>
/// Meetings are held in Dutch time, whatever the server's zone (App Service runs on UTC): a form's date and time are
/// read as Amsterdam time, and cards show them so. UTC where the machine has no zone data.
/// </summary>
public static class DutchTime
{
    public static TimeZoneInfo Zone { get; } =
        TimeZoneInfo.TryFindSystemTimeZoneById("Europe/Amsterdam", out var zone) ? zone : TimeZoneInfo.Utc;

    public static DateTimeOffset At(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, Zone.GetUtcOffset(local));
    }

    public static DateTimeOffset ToDutch(DateTimeOffset moment) => TimeZoneInfo.ConvertTime(moment, Zone);

    /// <summary>
    /// The date in the Netherlands at <paramref name="moment"/>: from 23:00 UTC (22:00 in summer) it is the next day
    /// there, so a user's "today", this month and this year come from here, not from the UTC date.
    /// </summary>
    public static DateOnly DateOf(DateTimeOffset moment) => DateOnly.FromDateTime(ToDutch(moment).DateTime);

    /// <summary>Today in the Netherlands on <paramref name="clock"/>.</summary>
    public static DateOnly Today(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return DateOf(clock.GetUtcNow());
    }
}
