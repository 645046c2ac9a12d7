using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using Wijkverbinder.Domain.Retention;

namespace Wijkverbinder.Storage.Retention;

/// <summary>Delivery records (what was sent or skipped): those last updated more than Retention:DeliveriesDays ago.</summary>
internal sealed class DeliveriesRetention(AppTables tables, IOptions<RetentionOptions> options) : IRetentionPolicy
{
    public string RecordType => "delivery";

    public async Task<long> DeleteExpiredAsync(string municipality, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (RetentionOptions.CutOff(now, options.Value.DeliveriesDays) is not { } cutOff)
        {
            return 0;
        }

        var rows = await RowDeleter.KeysAsync(tables.Deliveries, TableClient.CreateQueryFilter($"PartitionKey eq {municipality} and At lt {cutOff}"), cancellationToken);
        return await RowDeleter.DeleteAsync(tables.Deliveries, rows, cancellationToken);
    }
}
