using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using Wijkverbinder.Domain.Retention;
using Wijkverbinder.Storage.Successes;

namespace Wijkverbinder.Storage.Retention;

/// <summary>
/// Successes marked more than Retention:SuccessesDays ago, in every area of the municipality (removed areas too). Row keys
/// are inverted time, so "marked before the cut-off" is one key range per area partition. Counts successes.
/// </summary>
internal sealed class SuccessesRetention(AppTables tables, IOptions<RetentionOptions> options) : IRetentionPolicy
{
    public string RecordType => "success";

    public async Task<long> DeleteExpiredAsync(string municipality, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (RetentionOptions.CutOff(now, options.Value.SuccessesDays) is not { } cutOff)
        {
            return 0;
        }

        // Partitions are the areas "GM0202.W1": '/' sorts right after '.'.
        var rows = await RowDeleter.KeysAsync(
            tables.Successes,
            TableClient.CreateQueryFilter($"PartitionKey gt {municipality + "."} and PartitionKey lt {municipality + "/"} and RowKey ge {SuccessRows.Before(cutOff)}"),
            cancellationToken);
        return await RowDeleter.DeleteAsync(tables.Successes, rows, cancellationToken);
    }
}
