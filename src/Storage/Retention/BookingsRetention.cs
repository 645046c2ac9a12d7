using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using Wijkverbinder.Domain.Bookings;
using Wijkverbinder.Domain.Retention;
using Wijkverbinder.Storage.Bookings;

namespace Wijkverbinder.Storage.Retention;

/// <summary>
/// Bookings whose last day is more than Retention:BookingsDays ago, and declined or cancelled ones decided more than
/// Retention:DeclinedBookingsDays ago, each with its day rows and outbox rows. Counts bookings.
/// </summary>
/// <remarks>
/// A day row goes only when it names the booking: a declined booking's days may be held by a later booking by now.
/// The booking row goes last, so a run cut short finds the booking (and any day row left) again next time and never
/// leaves a day row without its booking, which would block that date for everyone.
/// </remarks>
internal sealed class BookingsRetention(AppTables tables, IOptions<RetentionOptions> options) : IRetentionPolicy
{
    public string RecordType => "booking";

    public async Task<long> DeleteExpiredAsync(string municipality, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (ExpiredFilter(municipality, now) is not { } filter)
        {
            return 0;
        }

        // Only the keys and days travel: a row that no longer parses as a booking still expires.
        var expired = new List<TableEntity>();
        await foreach (var row in tables.Bookings.QueryAsync<TableEntity>(filter, select: ["PartitionKey", "RowKey", "Resource", "From", "To"], cancellationToken: cancellationToken))
        {
            expired.Add(row);
        }

        foreach (var booking in expired)
        {
            var (local, resource) = (booking.RowKey[2..], new ResourceId(municipality, booking.GetString("Resource")));
            var first = BookingKeys.Day(resource, BookingKeys.ParseDate(booking.GetString("From")));
            var last = BookingKeys.Day(resource, BookingKeys.ParseDate(booking.GetString("To")));
            var days = await RowDeleter.KeysAsync(
                tables.Bookings,
                TableClient.CreateQueryFilter($"PartitionKey eq {booking.PartitionKey} and RowKey ge {first} and RowKey le {last} and Booking eq {local}"),
                cancellationToken);
            var outbox = await RowDeleter.KeysAsync(
                tables.Bookings,
                TableClient.CreateQueryFilter($"PartitionKey eq {booking.PartitionKey} and RowKey ge {BookingKeys.Outboxes + local + "|"} and RowKey lt {BookingKeys.Outboxes + local + "|~"}"),
                cancellationToken);
            await RowDeleter.DeleteAsync(tables.Bookings, [.. days, .. outbox], cancellationToken);
            await RowDeleter.DeleteAsync(tables.Bookings, [new TableEntity(booking.PartitionKey, booking.RowKey)], cancellationToken);
        }

        return expired.Count;
    }

    /// <summary>The booking rows past either limit; null when both keep bookings forever.</summary>
    private string? ExpiredFilter(string municipality, DateTimeOffset now)
    {
        var limits = new List<string>();
        if (RetentionOptions.CutOff(now, options.Value.BookingsDays) is { } afterLastDay)
        {
            // Dates are "yyyy-MM-dd" strings, so they compare as text; a last day before the cut-off day has ended before it.
            limits.Add(TableClient.CreateQueryFilter($"To lt {BookingKeys.Date(DateOnly.FromDateTime(afterLastDay.UtcDateTime))}"));
        }

        if (RetentionOptions.CutOff(now, options.Value.DeclinedBookingsDays) is { } afterDecision)
        {
            limits.Add(TableClient.CreateQueryFilter(
                $"(Status eq {nameof(BookingStatus.Declined)} or Status eq {nameof(BookingStatus.Cancelled)}) and UpdatedAt lt {afterDecision}"));
        }

        return limits.Count == 0
            ? null
            : $"{TableClient.CreateQueryFilter($"PartitionKey eq {BookingKeys.Partition(municipality)} and Kind eq {BookingKeys.BookingKind}")} and ({string.Join(" or ", limits.Select(l => $"({l})"))})";
    }
}
