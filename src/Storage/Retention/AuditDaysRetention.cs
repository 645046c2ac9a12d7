using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using Wijkverbinder.Domain.Retention;
using Wijkverbinder.Storage.Audit;

namespace Wijkverbinder.Storage.Retention;

/// <summary>
/// Audit records: whole days (partitions) older than Retention:AuditDays go at once. Each day's chain starts from its
/// own anchor, so the days that remain still verify. Counts records.
/// </summary>
internal sealed class AuditDaysRetention(AppTables tables, IOptions<RetentionOptions> options) : IRetentionPolicy
{
    public string RecordType => "auditRecord";

    public async Task<long> DeleteExpiredAsync(string municipality, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (RetentionOptions.CutOff(now, options.Value.AuditDays) is not { } cutOff)
        {
            return 0;
        }

        // Partitions "{municipality}.{day}" sort by day: every day before the cut-off day, and no other municipality's.
        var first = AuditRows.Partition(municipality, DateOnly.MinValue);
        var keep = AuditRows.Partition(municipality, DateOnly.FromDateTime(cutOff.UtcDateTime));
        var rows = await RowDeleter.KeysAsync(tables.Audit, TableClient.CreateQueryFilter($"PartitionKey ge {first} and PartitionKey lt {keep}"), cancellationToken);
        return await RowDeleter.DeleteAsync(tables.Audit, rows, cancellationToken);
    }
}
