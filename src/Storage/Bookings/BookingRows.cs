using Azure.Data.Tables;
using Wijkverbinder.Domain.Bookings;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.Storage.Queues;

namespace Wijkverbinder.Storage.Bookings;

/// <summary>Maps resources, bookings, held days and outbox rows to table rows and back. Dates are "yyyy-MM-dd" strings.</summary>
internal static class BookingRows
{
    public static TableEntity ToRow(SharedResource resource) =>
        new(BookingKeys.Partition(resource.Id.Municipality), BookingKeys.Resource(resource.Id))
        {
            ["Kind"] = BookingKeys.ResourceKind,
            ["Name"] = resource.Name,
            ["Description"] = resource.Description,
            ["Area"] = resource.Area?.ToString(),
            ["Approver"] = resource.Approver.Value,
            ["RetiredAt"] = resource.RetiredAt,
            ["RetiredReason"] = resource.RetiredReason,
        };

    public static SharedResource ResourceFromRow(TableEntity row) => new()
    {
        Id = new ResourceId(row.PartitionKey, row.RowKey[2..]),
        Name = row.GetString("Name"),
        Description = row.GetString("Description"),
        Area = AreaId.TryParse(row.GetString("Area"), out var area) ? area : null,
        Approver = new ColleagueId(row.GetString("Approver")),
        RetiredAt = row.GetDateTimeOffset("RetiredAt"),
        RetiredReason = row.GetString("RetiredReason"),
        Version = row.ETag.ToString(),
    };

    public static TableEntity ToRow(Booking booking) =>
        new(BookingKeys.Partition(booking.Id.Municipality), BookingKeys.Booking(booking.Id))
        {
            ["Kind"] = BookingKeys.BookingKind,
            ["Resource"] = booking.Resource.Local,
            ["From"] = BookingKeys.Date(booking.From),
            ["To"] = BookingKeys.Date(booking.To),
            ["Purpose"] = booking.Purpose,
            ["District"] = booking.District,
            ["Initiative"] = booking.Initiative.ToString(),
            ["RequestedBy"] = booking.RequestedBy.Value,
            ["Status"] = booking.Status.ToString(),
            ["DecidedBy"] = booking.DecidedBy?.Value,
            ["Reason"] = booking.Reason,
            ["CreatedAt"] = booking.CreatedAt,
            ["UpdatedAt"] = booking.UpdatedAt,
            ["Sequence"] = booking.Sequence,
        };

    public static Booking BookingFromRow(TableEntity row) => new()
    {
        Id = new BookingId(row.PartitionKey, row.RowKey[2..]),
        Resource = new ResourceId(row.PartitionKey, row.GetString("Resource")),
        From = BookingKeys.ParseDate(row.GetString("From")),
        To = BookingKeys.ParseDate(row.GetString("To")),
        Purpose = row.GetString("Purpose"),
        District = row.GetString("District"),
        Initiative = MemberId.TryParse(row.GetString("Initiative"), out var initiative) ? initiative : throw new FormatException("A booking row without a valid initiative."),
        RequestedBy = new ColleagueId(row.GetString("RequestedBy")),
        Status = Enum.Parse<BookingStatus>(row.GetString("Status")),
        DecidedBy = row.GetString("DecidedBy") is { } decidedBy ? new ColleagueId(decidedBy) : null,
        Reason = row.GetString("Reason"),
        CreatedAt = row.GetDateTimeOffset("CreatedAt") ?? DateTimeOffset.MinValue,
        UpdatedAt = row.GetDateTimeOffset("UpdatedAt") ?? DateTimeOffset.MinValue,
        Sequence = row.GetInt32("Sequence") ?? 1,
        Version = row.ETag.ToString(),
    };

    /// <summary>The day's only column names its booking; the key is what guards it.</summary>
    public static TableEntity ToDayRow(Booking booking, DateOnly day) =>
        new(BookingKeys.Partition(booking.Id.Municipality), BookingKeys.Day(booking.Resource, day))
        {
            ["Kind"] = BookingKeys.DayKind,
            ["Booking"] = booking.Id.Local,
        };

    public static TableEntity ToOutboxRow(BookingTask task, DateTimeOffset at, QueueTraceContext? trace) =>
        TraceColumns.With(
            new(BookingKeys.Partition(task.Booking.Municipality), BookingKeys.Outbox(task))
            {
                ["Kind"] = BookingKeys.OutboxKind,
                ["Local"] = task.Booking.Local,
                ["Sequence"] = task.Sequence,
                ["Task"] = task.Kind.ToString(),
                ["At"] = at,
            },
            trace);

    public static BookingTask TaskFromRow(TableEntity row) => new(
        new BookingId(row.PartitionKey, row.GetString("Local")),
        row.GetInt32("Sequence") ?? 0,
        Enum.Parse<BookingTaskKind>(row.GetString("Task")));

    public static DateTimeOffset At(TableEntity row) => row.GetDateTimeOffset("At") ?? DateTimeOffset.MinValue;
}
