namespace Wijkverbinder.Domain.Bookings;

/// <summary>
/// The bounds of a booking. A booking claims one row per day in the same transaction as the booking itself (at most
/// 100 operations), so it may span at most <see cref="MaxDays"/> days.
/// </summary>
public static class BookingLimits
{
    public const int MaxDays = 14;

    /// <summary>How far ahead a booking may start.</summary>
    public const int MaxDaysAhead = 365;

    public const int PurposeLength = 500;

    public const int ReasonLength = 500;

    public const int NameLength = 80;

    public const int DescriptionLength = 1000;

    /// <summary>The longest version (a storage ETag) a change may name.</summary>
    public const int VersionLength = 200;
}
