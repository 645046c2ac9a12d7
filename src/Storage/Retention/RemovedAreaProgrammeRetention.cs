using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.Domain.Retention;

namespace Wijkverbinder.Storage.Retention;

/// <summary>
/// The wijkprogramma rows of areas the municipality no longer has (the card link, the goals and any pending change),
/// when the newest of them was written more than Retention:ProgrammeOfRemovedAreasDays ago. Counts areas.
/// </summary>
/// <remarks>
/// Without the municipality's areas (not set up, or none) nothing goes: an empty answer must not read as "every area
/// was removed".
/// </remarks>
internal sealed class RemovedAreaProgrammeRetention(AppTables tables, INetworkStore network, IOptions<RetentionOptions> options) : IRetentionPolicy
{
    public string RecordType => "removedAreaProgramme";

    public async Task<long> DeleteExpiredAsync(string municipality, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (RetentionOptions.CutOff(now, options.Value.ProgrammeOfRemovedAreasDays) is not { } cutOff
            || await network.GetMunicipalityAsync(municipality, cancellationToken) is not { Areas.Count: > 0 } current)
        {
            return 0;
        }

        var existing = current.Areas.Select(a => a.Id.Key).ToHashSet(StringComparer.Ordinal);
        var rowsByArea = new Dictionary<string, List<TableEntity>>(StringComparer.Ordinal);
        await foreach (var row in tables.Programme.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {municipality}"), cancellationToken: cancellationToken))
        {
            // Every row key is "{kind}|{area key}" or "{kind}|{area key}|...".
            if (row.RowKey.Split('|') is [_, var area, ..] && !existing.Contains(area))
            {
                rowsByArea.TryAdd(area, []);
                rowsByArea[area].Add(row);
            }
        }

        long areas = 0;
        foreach (var rows in rowsByArea.Values.Where(rows => rows.Max(r => r.Timestamp ?? DateTimeOffset.MaxValue) < cutOff))
        {
            await RowDeleter.DeleteAsync(tables.Programme, rows, cancellationToken);
            areas++;
        }

        return areas;
    }
}
