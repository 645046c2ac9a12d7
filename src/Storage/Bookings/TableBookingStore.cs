using Azure;
using Azure.Data.Tables;
using Wijkverbinder.Domain.Bookings;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.Storage.Queues;
using Wijkverbinder.Storage.Referrals;

namespace Wijkverbinder.Storage.Bookings;

/// <summary>
/// Shared resources and their bookings in Azure Table Storage, one partition per municipality. A new booking is one
/// entity-group transaction: the booking row, one insert-only row per day it holds, and its outbox row. A day row that
/// exists fails the whole transaction (409), so of two requests for overlapping days exactly one is stored, however
/// close together they come. A decision replaces the booking row guarded by its ETag and, when the booking stops holding
/// its days, deletes their rows in the same transaction. docs/storage.md explains the design.
/// </summary>
public sealed class TableBookingStore(AppTables tables, OutboxSignal signal) : IBookingStore
{
    /// <summary>The service allows at most 15 comparisons in a filter; the partition takes one.</summary>
    private const int KeysPerQuery = 14;

    public async Task<SharedResource?> GetResourceAsync(ResourceId id, CancellationToken cancellationToken)
    {
        var row = await tables.Bookings.GetEntityIfExistsAsync<TableEntity>(BookingKeys.Partition(id.Municipality), BookingKeys.Resource(id), cancellationToken: cancellationToken);
        return row.HasValue && row.Value is { } found ? BookingRows.ResourceFromRow(found) : null;
    }

    public async Task<IReadOnlyList<SharedResource>> ListResourcesAsync(string municipality, CancellationToken cancellationToken)
    {
        var rows = await ReadAllAsync(
            TableClient.CreateQueryFilter($"PartitionKey eq {municipality} and RowKey ge {BookingKeys.Resources} and RowKey lt {BookingKeys.AfterResources}"),
            cancellationToken);
        return [.. rows.Select(BookingRows.ResourceFromRow).OrderBy(r => r.Name, StringComparer.CurrentCulture)];
    }

    public async Task SaveResourceAsync(SharedResource resource, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(resource);
        try
        {
            await tables.Bookings.AddEntityAsync(BookingRows.ToRow(resource), cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            throw new AlreadyExistsException($"A resource {resource.Id} exists already.", e);
        }
    }

    public async Task<SharedResource> UpdateResourceAsync(SharedResource resource, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(resource);
        var version = resource.Version is null ? throw new ArgumentException("A change needs the version that was read.", nameof(resource)) : new ETag(resource.Version);

        // An entity tag is a quoted string (RFC 9110, 8.8.3); anything else names no version of this row, and the
        // service would refuse the If-Match header itself.
        if (!resource.Version.EndsWith('"') || !(resource.Version.StartsWith('"') || resource.Version.StartsWith("W/\"", StringComparison.Ordinal)))
        {
            throw new VersionConflictException($"The resource {resource.Id} was not read at that version.");
        }

        try
        {
            var response = await tables.Bookings.UpdateEntityAsync(BookingRows.ToRow(resource), version, TableUpdateMode.Replace, cancellationToken);
            return resource with { Version = response.Headers.ETag?.ToString() };
        }
        catch (RequestFailedException e) when (e.Status is 412 or 404)
        {
            throw new VersionConflictException($"The resource {resource.Id} changed after it was read.", e);
        }
    }

    public async Task<Booking?> GetAsync(BookingId id, CancellationToken cancellationToken)
    {
        var row = await tables.Bookings.GetEntityIfExistsAsync<TableEntity>(BookingKeys.Partition(id.Municipality), BookingKeys.Booking(id), cancellationToken: cancellationToken);
        return row.HasValue && row.Value is { } found ? BookingRows.BookingFromRow(found) : null;
    }

    /// <summary>One range read of the day rows, then the bookings they name (up to 14 per query).</summary>
    public async Task<IReadOnlyList<Booking>> ListAsync(ResourceId resource, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var partition = BookingKeys.Partition(resource.Municipality);
        var days = await ReadAllAsync(
            TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {BookingKeys.Day(resource, from)} and RowKey le {BookingKeys.Day(resource, to)}"),
            cancellationToken);
        var locals = days.Select(d => d.GetString("Booking")).Distinct(StringComparer.Ordinal).ToList();
        var bookings = new List<Booking>();
        foreach (var chunk in locals.Chunk(KeysPerQuery))
        {
            var keys = string.Join(" or ", chunk.Select(local => TableClient.CreateQueryFilter($"RowKey eq {BookingKeys.Booking(new BookingId(resource.Municipality, local))}")));
            var rows = await ReadAllAsync($"{TableClient.CreateQueryFilter($"PartitionKey eq {partition}")} and ({keys})", cancellationToken);
            bookings.AddRange(rows.Select(BookingRows.BookingFromRow));
        }

        // A day row left by a crash can only point at a booking that holds its days (see SaveAsync): filter anyway.
        return [.. bookings.Where(b => b.HoldsDays && b.Overlaps(from, to)).OrderBy(b => b.From)];
    }

    public async Task<Booking> SaveAsync(BookingChange change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        var (before, after) = (change.Before, change.After);
        var actions = new List<TableTransactionAction>
        {
            before is null
                ? new(TableTransactionActionType.Add, BookingRows.ToRow(after))
                : new(TableTransactionActionType.UpdateReplace, BookingRows.ToRow(after), VersionOf(before)),
        };
        var dayCount = 0;
        if (before is null)
        {
            // Insert-only: a day held by anyone else fails the whole transaction.
            actions.AddRange(after.Days.Select(day => new TableTransactionAction(TableTransactionActionType.Add, BookingRows.ToDayRow(after, day))));
            dayCount = actions.Count - 1;
        }
        else if (before.HoldsDays && !after.HoldsDays)
        {
            // Only this booking's own transition deletes its day rows, once (the booking row's ETag guards it).
            actions.AddRange(before.Days.Select(day => new TableTransactionAction(TableTransactionActionType.Delete, BookingRows.ToDayRow(before, day), ETag.All)));
        }

        var trace = QueueTraceContext.Current();
        actions.AddRange(change.Tasks.Select(t => new TableTransactionAction(TableTransactionActionType.Add, BookingRows.ToOutboxRow(t, after.UpdatedAt, trace))));

        IReadOnlyList<Response> responses;
        try
        {
            responses = (await tables.Bookings.SubmitTransactionAsync(actions, cancellationToken)).Value;
        }
        catch (TableTransactionFailedException e) when (before is null && e.Status == 409 && e.FailedTransactionActionIndex is { } index && index >= 1 && index <= dayCount)
        {
            throw new BookingConflictException("A day of the booking is held by another booking.", e);
        }
        catch (TableTransactionFailedException e) when (e.Status is 412 or 409 or 404)
        {
            // 412: someone changed it since it was read; 409: it exists already; 404: it (or a day row) is gone.
            throw new VersionConflictException("The booking changed after it was read.", e);
        }

        if (change.Tasks.Count > 0)
        {
            signal.Notify();
        }

        return after with { Version = responses[0].Headers.ETag?.ToString() };
    }

    private static ETag VersionOf(Booking before) =>
        before.Version is null ? throw new ArgumentException("A change needs the version that was read.", nameof(before)) : new ETag(before.Version);

    private async Task<IReadOnlyList<TableEntity>> ReadAllAsync(string filter, CancellationToken cancellationToken)
    {
        var rows = new List<TableEntity>();
        await foreach (var row in tables.Bookings.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            rows.Add(row);
        }

        return rows;
    }
}
