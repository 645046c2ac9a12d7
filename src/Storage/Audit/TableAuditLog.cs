using Azure;
using Azure.Data.Tables;
using Wijkverbinder.Domain.Audit;
using Wijkverbinder.Domain.Privacy;

namespace Wijkverbinder.Storage.Audit;

/// <summary>
/// The audit log in Table Storage, append-only: the only write is <c>AddEntity</c> (insert, never replace), so a
/// record cannot be overwritten through this code, and there is no delete (retention removes whole days elsewhere).
/// <para>
/// Concurrency: the next record's row key is its sequence number, and an insert of a key that exists fails (409).
/// Two writers that read the same head both try the same number; one wins, the other reads the new head and links
/// after it. So the chain never forks and never skips a number, across processes too. In one process appends take
/// turns (a lock) and remember the head, so an uncontended append is one request.
/// </para>
/// <para>
/// With a pseudonym key, a person's id is stored as its keyed pseudonym (<see cref="AuditPseudonyms"/>), so erasing a
/// person never needs to touch a record.
/// </para>
/// </summary>
public sealed class TableAuditLog(AppTables tables, TimeProvider clock, AuditKeyRing keys, PseudonymKey? pseudonyms = null) : IAuditLog
{
    private const int MaxAttempts = 100;
    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly Dictionary<string, AuditRecord> heads = [];

    public async Task<AuditRecord> AppendAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var normalized = entry.Normalized();
        if (pseudonyms is not null)
        {
            normalized = AuditPseudonyms.Apply(normalized, pseudonyms.For(normalized.Municipality));
        }

        await gate.WaitAsync(cancellationToken);
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                var now = clock.GetUtcNow();
                var day = DateOnly.FromDateTime(now.UtcDateTime);
                var partition = AuditRows.Partition(normalized.Municipality, day);
                var previous = heads.TryGetValue(partition, out var known) ? known : await ReadHeadAsync(normalized.Municipality, day, cancellationToken);
                var record = AuditChain.Link(normalized, now, previous, keys);
                try
                {
                    await tables.Audit.AddEntityAsync(AuditRows.ToRow(record), cancellationToken);
                    Remember(partition, record);
                    return record;
                }
                catch (RequestFailedException e) when (e.Status == 409 && attempt < MaxAttempts)
                {
                    // Another writer took this number: read the head again and link after it.
                    heads.Remove(partition);
                }
            }
        }
        finally
        {
            gate.Release();
        }
    }

    public async Task<IReadOnlyList<AuditRecord>> ReadDayAsync(string municipality, DateOnly day, CancellationToken cancellationToken)
    {
        var partition = AuditRows.Partition(municipality, day);
        var records = new List<AuditRecord>();
        await foreach (var row in tables.Audit.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {partition}"), cancellationToken: cancellationToken))
        {
            records.Add(AuditRows.FromRow(row, municipality, day));
        }

        records.Reverse();
        return records;
    }

    public Task<AuditQuery> PrepareAsync(string municipality, AuditQuery query, CancellationToken cancellationToken) =>
        Task.FromResult(pseudonyms is null ? query : AuditPseudonyms.Apply(query, pseudonyms.AllFor(municipality)));

    private async Task<AuditRecord?> ReadHeadAsync(string municipality, DateOnly day, CancellationToken cancellationToken)
    {
        var partition = AuditRows.Partition(municipality, day);
        await foreach (var row in tables.Audit.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {partition}"), maxPerPage: 1, cancellationToken: cancellationToken))
        {
            return AuditRows.FromRow(row, municipality, day);
        }

        return null;
    }

    private void Remember(string partition, AuditRecord record)
    {
        // Only today's heads matter; forget older days now and then.
        if (heads.Count > 64)
        {
            heads.Clear();
        }

        heads[partition] = record;
    }
}
