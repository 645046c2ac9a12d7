using System.Globalization;
using Wijkverbinder.Domain.Bookings;

namespace Wijkverbinder.Storage.Bookings;

/// <summary>
/// Keys of the bookings table (partition = municipality code), so that every row a booking's change writes is in one
/// partition: "R|{resource}" a resource, "B|{booking}" a booking, "D|{resource}|{yyyy-MM-dd}" a day a booking holds
/// (at most one row per resource and day: the guard against double bookings), "O|{booking}|{seq}|{kind}" a card to send.
/// </summary>
internal static class BookingKeys
{
    public const string ResourceKind = "resource";
    public const string BookingKind = "booking";
    public const string DayKind = "day";
    public const string OutboxKind = "outbox";

    /// <summary>Sorts after every character used in keys ('|', digits, letters, '-').</summary>
    private const string After = "~";

    public static string Partition(string municipality) => municipality;

    public static string Resource(ResourceId id) => $"R|{id.Local}";

    public static string Resources => "R|";

    public static string AfterResources => "R|" + After;

    public static string Booking(BookingId id) => $"B|{id.Local}";

    public static string Day(ResourceId resource, DateOnly day) => $"D|{resource.Local}|{Date(day)}";

    public static string Outbox(BookingTask task) =>
        $"O|{task.Booking.Local}|{task.Sequence.ToString("D5", CultureInfo.InvariantCulture)}|{task.Kind}";

    public static string Outboxes => "O|";

    public static string AfterOutboxes => "O|" + After;

    public static string Date(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly ParseDate(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
