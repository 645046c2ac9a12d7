using System.Globalization;

namespace Wijkverbinder.TeamsApp.Tabs.Referrals;

/// <summary>Dates and times as the referral and meeting pages show them: times in Dutch time, whatever the server's zone.</summary>
internal static class DateText
{
    private static readonly TimeZoneInfo Dutch =
        TimeZoneInfo.TryFindSystemTimeZoneById("Europe/Amsterdam", out var zone) ? zone : TimeZoneInfo.Utc;

    public static string Of(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.CurrentCulture);

    public static string Of(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, Dutch).ToString("g", CultureInfo.CurrentCulture);

    /// <summary>A day and a time on the Dutch clock as an instant (a meeting's start or end as the organiser typed it).</summary>
    public static DateTimeOffset FromDutch(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time);
        return new DateTimeOffset(local, Dutch.GetUtcOffset(local));
    }

    /// <summary>The Dutch day and time of an instant, as a form shows them.</summary>
    public static (DateOnly Date, TimeOnly Time) ToDutch(DateTimeOffset at)
    {
        var local = TimeZoneInfo.ConvertTime(at, Dutch).DateTime;
        return (DateOnly.FromDateTime(local), TimeOnly.FromDateTime(local));
    }

    /// <summary>The machine-readable form for a <c>time</c> element, with the Dutch offset.</summary>
    public static string Iso(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, Dutch).ToString("yyyy-MM-ddTHH:mmzzz", CultureInfo.InvariantCulture);
}
