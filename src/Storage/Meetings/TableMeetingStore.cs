using Azure;
using Azure.Data.Tables;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Meetings;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.Storage.Dashboard;
using Wijkverbinder.Storage.Referrals;
using Wijkverbinder.Storage.Queues;

namespace Wijkverbinder.Storage.Meetings;

/// <summary>
/// Meetings in Azure Table Storage, one partition per municipality. A read is one range query; a change (the meeting,
/// its history event, its start row, its tasks and the index rows of the colleagues involved) is one entity-group
/// transaction, guarded by the meeting row's ETag. A change the network status counts (planned, changed, cancelled,
/// held) marks its districts on <see cref="DashboardSignal"/>. docs/storage.md explains the design.
/// </summary>
public sealed class TableMeetingStore(AppTables tables, OutboxSignal signal, DashboardSignal? dashboards = null) : IMeetingStore
{
    /// <summary>Azure Tables allows at most 100 operations in one entity-group transaction.</summary>
    private const int OperationsPerTransaction = 100;

    /// <summary>The service allows at most 15 comparisons in a filter; the partition takes one.</summary>
    private const int KeysPerQuery = 14;

    public async Task<MeetingRecord?> GetAsync(MeetingId id, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {MeetingKeys.Partition(id)} and RowKey ge {MeetingKeys.Meeting(id)} and RowKey lt {MeetingKeys.AfterMeeting(id)}");
        var rows = await ReadAllAsync(filter, cancellationToken);
        var meetingRow = rows.FirstOrDefault(r => r.RowKey == MeetingKeys.Meeting(id));
        if (meetingRow is null)
        {
            return null;
        }

        var history = rows
            .Where(r => r.GetString("Kind") == MeetingKeys.EventKind)
            .Select(MeetingRows.FromEventRow)
            .OrderBy(e => e.Sequence)
            .ToList();
        return new MeetingRecord(MeetingRows.FromRow(meetingRow), history);
    }

    public async Task<Meeting> SaveAsync(MeetingChange change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        var (actions, staleIndexRows) = Actions(change);
        if (actions.Count > OperationsPerTransaction)
        {
            throw new ArgumentException($"A change writes at most {OperationsPerTransaction} rows; this one writes {actions.Count}.", nameof(change));
        }

        // Removing index rows of colleagues no longer invited may not fit: those follow the transaction. A row left
        // behind by a crash is harmless, because a colleague's list checks the meeting itself.
        var room = OperationsPerTransaction - actions.Count;
        actions.AddRange(staleIndexRows.Take(room).Select(row => new TableTransactionAction(TableTransactionActionType.Delete, row, ETag.All)));

        IReadOnlyList<Response> responses;
        try
        {
            responses = (await tables.Meetings.SubmitTransactionAsync(actions, cancellationToken)).Value;
        }
        catch (TableTransactionFailedException e) when (e.Status is 412 or 409 or 404)
        {
            // 412: someone changed it since it was read; 409: it (or this event) exists already; 404: it is gone.
            throw new VersionConflictException("The meeting changed after it was read.", e);
        }

        foreach (var row in staleIndexRows.Skip(room))
        {
            await DeleteIfExistsAsync(row, cancellationToken);
        }

        if (change.Tasks.Count > 0)
        {
            signal.Notify();
        }

        MarkDashboards(change);
        return change.After with { Version = responses[0].Headers.ETag?.ToString() };
    }

    /// <summary>Answers and actions do not change the meeting figures; a move to other districts changes both sides.</summary>
    private void MarkDashboards(MeetingChange change)
    {
        if (dashboards is null || change.Event.Kind is MeetingEventKind.Answered or MeetingEventKind.ActionAgreed or MeetingEventKind.ActionDone)
        {
            return;
        }

        foreach (var district in change.After.Districts.Concat(change.Before?.Districts ?? []).Distinct(StringComparer.Ordinal))
        {
            dashboards.DistrictChanged(district);
        }
    }

    public async Task<IReadOnlyList<Meeting>> ListSinceAsync(string municipality, DateTimeOffset since, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {municipality} and RowKey ge {MeetingKeys.StartsFrom(since)} and RowKey lt {MeetingKeys.AfterStarts}");
        var rows = await ReadAllAsync(filter, cancellationToken);
        return rows.Select(MeetingRows.FromRow).Where(m => m.Start >= since).OrderBy(m => m.Start).ThenBy(m => m.Id.Local, StringComparer.Ordinal).ToList();
    }

    public async Task<IReadOnlyList<Meeting>> ListForColleagueAsync(
        string municipality, ColleagueId colleague, DateTimeOffset since, CancellationToken cancellationToken)
    {
        if (!ColleagueId.TryParse(colleague.Value, out _))
        {
            return [];
        }

        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {municipality} and RowKey ge {MeetingKeys.IndexOf(colleague)} and RowKey lt {MeetingKeys.AfterIndexOf(colleague)} and Start ge {since}");
        var locals = (await ReadAllAsync(filter, cancellationToken)).Select(r => r.GetString("Local")).ToList();
        var meetings = new List<Meeting>();
        foreach (var chunk in locals.Chunk(KeysPerQuery))
        {
            var keys = string.Join(" or ", chunk.Select(local => TableClient.CreateQueryFilter($"RowKey eq {MeetingKeys.Meeting(new MeetingId(municipality, local))}")));
            var rows = await ReadAllAsync($"{TableClient.CreateQueryFilter($"PartitionKey eq {municipality}")} and ({keys})", cancellationToken);
            meetings.AddRange(rows.Select(MeetingRows.FromRow));
        }

        return meetings
            .Where(m => m.Start >= since && MeetingRows.Involved(m).Contains(colleague))
            .OrderBy(m => m.Start)
            .ThenBy(m => m.Id.Local, StringComparer.Ordinal)
            .ToList();
    }

    public async Task<MeetingLinks> GetLinksAsync(MeetingId id, CancellationToken cancellationToken)
    {
        var row = await tables.Meetings.GetEntityIfExistsAsync<TableEntity>(MeetingKeys.Partition(id), MeetingKeys.Links(id), cancellationToken: cancellationToken);
        return row.HasValue && row.Value is { } found ? MeetingLinkRows.FromRow(found) : new MeetingLinks();
    }

    public async Task<MeetingLinks> SaveLinksAsync(MeetingId id, MeetingLinks links, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(links);
        var row = MeetingLinkRows.ToRow(id, links);
        try
        {
            var response = links.Version is null
                ? await tables.Meetings.AddEntityAsync(row, cancellationToken)
                : await tables.Meetings.UpdateEntityAsync(row, new ETag(links.Version), TableUpdateMode.Replace, cancellationToken);
            return links with { Version = response.Headers.ETag?.ToString() };
        }
        catch (RequestFailedException e) when (e.Status is 409 or 412 or 404)
        {
            throw new VersionConflictException("The meeting's links changed after they were read.", e);
        }
    }

    /// <summary>The meeting row comes first, so the first response carries its new ETag.</summary>
    private static (List<TableTransactionAction> Actions, List<TableEntity> StaleIndexRows) Actions(MeetingChange change)
    {
        var (before, after) = (change.Before, change.After);
        var actions = new List<TableTransactionAction>
        {
            before is null
                ? new(TableTransactionActionType.Add, MeetingRows.ToRow(after))
                : new(TableTransactionActionType.UpdateReplace, MeetingRows.ToRow(after), VersionOf(before)),
            new(TableTransactionActionType.Add, MeetingRows.ToEventRow(after.Id, change.Event)),
            new(TableTransactionActionType.UpsertReplace, MeetingRows.ToStartRow(after)),
        };
        if (before is not null && before.Start != after.Start)
        {
            actions.Add(new(TableTransactionActionType.Delete, new TableEntity(MeetingKeys.Partition(after.Id), MeetingKeys.Start(before.Start, after.Id)), ETag.All));
        }

        var trace = QueueTraceContext.Current();
        actions.AddRange(change.Tasks.Select(t => new TableTransactionAction(TableTransactionActionType.Add, MeetingOutboxRows.ToRow(t, change.Event.At, trace))));

        var involved = MeetingRows.Involved(after);
        var involvedBefore = before is null ? new HashSet<ColleagueId>() : MeetingRows.Involved(before);
        var stale = new List<TableEntity>();
        if (before is null || before.Start != after.Start || !involved.SetEquals(involvedBefore))
        {
            // Index rows hold the start, so they change only when the start or the people do (plan and change).
            actions.AddRange(involved.Select(c => new TableTransactionAction(TableTransactionActionType.UpsertReplace, MeetingRows.ToIndexRow(after, c))));
            stale.AddRange(involvedBefore.Where(c => !involved.Contains(c)).Select(c => new TableEntity(MeetingKeys.Partition(after.Id), MeetingKeys.Index(c, after.Id))));
        }

        return (actions, stale);
    }

    private static ETag VersionOf(Meeting before) =>
        before.Version is null ? throw new ArgumentException("A change needs the version that was read.", nameof(before)) : new ETag(before.Version);

    private async Task DeleteIfExistsAsync(TableEntity row, CancellationToken cancellationToken)
    {
        try
        {
            await tables.Meetings.DeleteEntityAsync(row.PartitionKey, row.RowKey, ETag.All, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            // Gone already.
        }
    }

    private async Task<IReadOnlyList<TableEntity>> ReadAllAsync(string filter, CancellationToken cancellationToken)
    {
        var rows = new List<TableEntity>();
        await foreach (var row in tables.Meetings.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            rows.Add(row);
        }

        return rows;
    }
}
