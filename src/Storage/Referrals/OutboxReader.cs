using Azure;
using Azure.Data.Tables;
using Wijkverbinder.Domain.Bookings;
using Wijkverbinder.Domain.Meetings;
using Wijkverbinder.Domain.Programme;
using Wijkverbinder.Domain.Referrals;
using Wijkverbinder.Storage.Bookings;
using Wijkverbinder.Storage.Meetings;
using Wijkverbinder.Storage.Programme;
using Wijkverbinder.Storage.Queues;

namespace Wijkverbinder.Storage.Referrals;

/// <summary>
/// Reads the work that was written with its event but not yet relayed (the outbox rows of a municipality: referral
/// notifications, meeting tasks, programme changes and booking cards), each with the trace context of the change that
/// wrote it (<see cref="TraceColumns"/>), and removes one once it is on its queue. All outboxes work the same way.
/// </summary>
public sealed class OutboxReader(AppTables tables)
{
    /// <summary>The oldest pending notifications first, at most <paramref name="max"/>; one range query.</summary>
    public async Task<IReadOnlyList<Notification>> ListPendingAsync(string municipality, int max, CancellationToken ct) =>
        [.. (await ListPendingEntriesAsync(municipality, max, ct)).Select(e => e.Item)];

    /// <summary>As <see cref="ListPendingAsync"/>, each with the trace context of the change that wrote it.</summary>
    public async Task<IReadOnlyList<OutboxEntry<Notification>>> ListPendingEntriesAsync(string municipality, int max, CancellationToken ct) =>
        (await ListAsync(tables.Referrals, municipality, ReferralKeys.Outboxes, ReferralKeys.AfterOutboxes, OutboxRows.At, max, ct))
            .Select(row => new OutboxEntry<Notification>(OutboxRows.FromRow(row), TraceColumns.Read(row)))
            .ToList();

    /// <summary>The oldest pending meeting tasks first, at most <paramref name="max"/>; one range query.</summary>
    public async Task<IReadOnlyList<MeetingTask>> ListPendingTasksAsync(string municipality, int max, CancellationToken ct) =>
        [.. (await ListPendingTaskEntriesAsync(municipality, max, ct)).Select(e => e.Item)];

    /// <summary>As <see cref="ListPendingTasksAsync"/>, each with the trace context of the change that wrote it.</summary>
    public async Task<IReadOnlyList<OutboxEntry<MeetingTask>>> ListPendingTaskEntriesAsync(string municipality, int max, CancellationToken ct) =>
        (await ListAsync(tables.Meetings, municipality, MeetingKeys.Outboxes, MeetingKeys.AfterOutboxes, MeetingOutboxRows.At, max, ct))
            .Select(row => new OutboxEntry<MeetingTask>(MeetingOutboxRows.FromRow(row), TraceColumns.Read(row)))
            .ToList();

    /// <summary>The oldest pending booking cards first, at most <paramref name="max"/>, each with its trace context; one range query.</summary>
    public async Task<IReadOnlyList<OutboxEntry<BookingTask>>> ListPendingBookingEntriesAsync(string municipality, int max, CancellationToken ct) =>
        (await ListAsync(tables.Bookings, municipality, BookingKeys.Outboxes, BookingKeys.AfterOutboxes, BookingRows.At, max, ct))
            .Select(row => new OutboxEntry<BookingTask>(BookingRows.TaskFromRow(row), TraceColumns.Read(row)))
            .ToList();

    /// <summary>The oldest pending programme changes first, at most <paramref name="max"/>, each with its trace context; one range query.</summary>
    public async Task<IReadOnlyList<OutboxEntry<ProgrammeChange>>> ListPendingProgrammeEntriesAsync(string municipality, int max, CancellationToken ct) =>
        (await ListAsync(tables.Programme, municipality, ProgrammeKeys.Outboxes, ProgrammeKeys.AfterOutboxes, ProgrammeRows.At, max, ct))
            .Select(row => new OutboxEntry<ProgrammeChange>(ProgrammeRows.ChangeFromRow(row), TraceColumns.Read(row)))
            .ToList();

    /// <summary>Removes the programme change's outbox row; removing one that is already gone is fine.</summary>
    public Task RemoveAsync(ProgrammeChange change, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(change);
        return RemoveAsync(tables.Programme, change.Area.Municipality, ProgrammeKeys.Outbox(change), ct);
    }

    /// <summary>Removes the booking task's outbox row; removing one that is already gone is fine.</summary>
    public Task RemoveAsync(BookingTask task, CancellationToken ct) =>
        RemoveAsync(tables.Bookings, BookingKeys.Partition(task.Booking.Municipality), BookingKeys.Outbox(task), ct);

    /// <summary>Removes the outbox row; removing one that is already gone is fine.</summary>
    public Task RemoveAsync(Notification notification, CancellationToken ct) =>
        RemoveAsync(tables.Referrals, ReferralKeys.Partition(notification.Referral), ReferralKeys.Outbox(notification), ct);

    /// <summary>Removes the task's outbox row; removing one that is already gone is fine.</summary>
    public Task RemoveAsync(MeetingTask task, CancellationToken ct) =>
        RemoveAsync(tables.Meetings, MeetingKeys.Partition(task.Meeting), MeetingKeys.Outbox(task), ct);

    private static async Task<IEnumerable<TableEntity>> ListAsync(
        TableClient table, string municipality, string from, string to, Func<TableEntity, DateTimeOffset> at, int max, CancellationToken ct)
    {
        // Row keys order by referral, meeting, area or booking, not by time, and the relay keeps the outbox short: read it whole and sort.
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {municipality} and RowKey ge {from} and RowKey lt {to}");
        var rows = new List<TableEntity>();
        await foreach (var row in table.QueryAsync<TableEntity>(filter, cancellationToken: ct))
        {
            rows.Add(row);
        }

        return rows.OrderBy(at).ThenBy(r => r.RowKey, StringComparer.Ordinal).Take(Math.Max(0, max));
    }

    private static async Task RemoveAsync(TableClient table, string partition, string row, CancellationToken ct)
    {
        try
        {
            await table.DeleteEntityAsync(partition, row, ETag.All, ct);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            // Removed already (the relay ran twice, or another instance was first).
        }
    }
}
