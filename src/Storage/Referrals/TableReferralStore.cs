using System.Globalization;
using Azure;
using Azure.Data.Tables;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.Domain.Referrals;
using Wijkverbinder.Storage.Budget;
using Wijkverbinder.Storage.Dashboard;
using Wijkverbinder.Storage.Queues;

namespace Wijkverbinder.Storage.Referrals;

/// <summary>
/// Referrals in Azure Table Storage, one partition per municipality. A read is one range query; a change (the referral,
/// its history event, its notifications and the index rows of everyone involved) is one entity-group transaction,
/// guarded by the referral row's ETag. docs/storage.md explains the design.
/// </summary>
public sealed class TableReferralStore(AppTables tables, OutboxSignal signal, TimeProvider clock, DashboardSignal? dashboards = null) : IReferralStore
{
    /// <summary>Azure Tables allows at most 100 operations in one entity-group transaction.</summary>
    private const int OperationsPerTransaction = 100;

    public async Task<ReferralRecord?> GetAsync(ReferralId id, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {ReferralKeys.Partition(id)} and RowKey ge {ReferralKeys.Referral(id)} and RowKey lt {ReferralKeys.AfterReferral(id)}");
        var rows = await ReadAllAsync(filter, cancellationToken);
        var referralRow = rows.FirstOrDefault(r => r.RowKey == ReferralKeys.Referral(id));
        if (referralRow is null)
        {
            return null;
        }

        var history = rows
            .Where(r => r.GetString("Kind") == ReferralKeys.EventKind)
            .Select(ReferralRows.FromEventRow)
            .OrderBy(e => e.Sequence)
            .ToList();
        return new ReferralRecord(ReferralRows.FromRow(referralRow), history);
    }

    public async Task<Referral> SaveAsync(ReferralChange change, CancellationToken cancellationToken)
    {
        var actions = Actions(change);
        if (actions.Count > OperationsPerTransaction)
        {
            throw new ArgumentException($"A change writes at most {OperationsPerTransaction} rows; this one writes {actions.Count}.", nameof(change));
        }

        IReadOnlyList<Response> responses;
        try
        {
            responses = (await tables.Referrals.SubmitTransactionAsync(actions, cancellationToken)).Value;
        }
        catch (TableTransactionFailedException e) when (e.Status is 412 or 409 or 404)
        {
            // 412: someone changed it (or the area's budget ledger) since it was read; 409: it (or this event) exists
            // already; 404: it is gone.
            throw new VersionConflictException("The referral or its budget ledger changed after it was read.", e);
        }

        if (change.Notifications.Count > 0)
        {
            signal.Notify();
        }

        dashboards?.DistrictChanged(change.After.District);

        return change.After with { Version = responses[0].Headers.ETag?.ToString() };
    }

    public async Task<IReadOnlyList<Referral>> ListForColleagueAsync(string municipality, ColleagueId colleague, TimeSpan closedWithin, CancellationToken cancellationToken)
    {
        if (!ColleagueId.TryParse(colleague.Value, out _))
        {
            return [];
        }

        var closedSince = clock.GetUtcNow() - closedWithin;
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {municipality} and RowKey ge {ReferralKeys.IndexOf(colleague)} and RowKey lt {ReferralKeys.AfterIndexOf(colleague)} and (Open eq true or UpdatedAt ge {closedSince})");
        var rows = await ReadAllAsync(filter, cancellationToken);
        return rows.Select(ReferralRows.FromRow).OrderByDescending(r => r.UpdatedAt).ToList();
    }

    public async Task<IReadOnlyList<Referral>> ListOpenAsync(string municipality, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {municipality} and RowKey ge {ReferralKeys.Referrals} and RowKey lt {ReferralKeys.AfterReferrals} and Kind eq {ReferralKeys.ReferralKind} and Open eq true");
        var rows = await ReadAllAsync(filter, cancellationToken);
        return rows.Select(ReferralRows.FromRow).OrderBy(r => r.DueDate).ThenBy(r => r.CreatedAt).ToList();
    }

    public async Task<IReadOnlyList<ReferralRecord>> ListWithHistorySinceAsync(string municipality, DateTimeOffset since, CancellationToken cancellationToken)
    {
        // Local ids are version-7 GUIDs: their first 12 hex digits are the creation time in Unix milliseconds, so the
        // referrals created since a moment (and their history rows) are one key range.
        var from = ReferralKeys.Referrals + since.ToUnixTimeMilliseconds().ToString("x12", CultureInfo.InvariantCulture);
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {municipality} and RowKey ge {from} and RowKey lt {ReferralKeys.AfterReferrals}");
        var rows = await ReadAllAsync(filter, cancellationToken);
        var events = rows
            .Where(r => r.GetString("Kind") == ReferralKeys.EventKind)
            .ToLookup(r => r.RowKey[..r.RowKey.IndexOf("|H|", StringComparison.Ordinal)], ReferralRows.FromEventRow);
        return [.. rows
            .Where(r => r.GetString("Kind") == ReferralKeys.ReferralKind)
            .Select(r => new ReferralRecord(ReferralRows.FromRow(r), [.. events[r.RowKey].OrderBy(e => e.Sequence)]))
            .Where(r => r.Referral.CreatedAt >= since)];
    }

    /// <summary>The referral row comes first, so the first response carries its new ETag.</summary>
    private static List<TableTransactionAction> Actions(ReferralChange change)
    {
        var after = change.After;
        var actions = new List<TableTransactionAction>
        {
            change.Before is null
                ? new(TableTransactionActionType.Add, ReferralRows.ToRow(after))
                : new(TableTransactionActionType.UpdateReplace, ReferralRows.ToRow(after), VersionOf(change.Before)),
            new(TableTransactionActionType.Add, ReferralRows.ToEventRow(after.Id, change.Event)),
        };
        var trace = QueueTraceContext.Current();
        actions.AddRange(change.Notifications.Select(n => new TableTransactionAction(TableTransactionActionType.Add, OutboxRows.ToRow(n, change.Event.At, trace))));
        if (change.Ledger is { } ledger)
        {
            // The area's ledger in the same partition: the grant and the booking of its amount are one write.
            actions.Add(LedgerRows.Write(ledger));
        }

        var involved = ReferralRows.Involved(after);
        actions.AddRange(involved.Select(c => new TableTransactionAction(TableTransactionActionType.UpsertReplace, ReferralRows.ToIndexRow(after, c))));
        if (change.Before is not null)
        {
            // A forward moves the referral away from the old receiver: their copy goes in the same transaction.
            actions.AddRange(ReferralRows.Involved(change.Before)
                .Where(c => !involved.Contains(c))
                .Select(c => new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(ReferralKeys.Partition(after.Id), ReferralKeys.Index(c, after.Id)), ETag.All)));
        }

        return actions;
    }

    private static ETag VersionOf(Referral before) =>
        before.Version is null ? throw new ArgumentException("A change needs the version that was read.", nameof(before)) : new ETag(before.Version);

    private async Task<IReadOnlyList<TableEntity>> ReadAllAsync(string filter, CancellationToken cancellationToken)
    {
        var rows = new List<TableEntity>();
        await foreach (var row in tables.Referrals.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            rows.Add(row);
        }

        return rows;
    }
}
