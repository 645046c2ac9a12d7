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
}
