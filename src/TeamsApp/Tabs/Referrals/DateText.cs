using System.Globalization;

namespace Wijkverbinder.TeamsApp.Tabs.Referrals;

/// <summary>Dates and times as the referral pages show them: times in Dutch time, whatever the server's zone.</summary>
internal static class DateText
{
    private static readonly TimeZoneInfo Dutch =
        TimeZoneInfo.TryFindSystemTimeZoneById("Europe/Amsterdam", out var zone) ? zone : TimeZoneInfo.Utc;

    public static string Of(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.CurrentCulture);

    public static string Of(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, Dutch).ToString("g", CultureInfo.CurrentCulture);

    /// <summary>The machine-readable form for a <c>time</c> element, with the Dutch offset.</summary>
    public static string Iso(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, Dutch).ToString("yyyy-MM-ddTHH:mmzzz", CultureInfo.InvariantCulture);
}
