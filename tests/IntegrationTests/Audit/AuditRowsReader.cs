using Azure.Data.Tables;
using Wijkverbinder.Domain.Privacy;
using Wijkverbinder.IntegrationTests.Infrastructure;

namespace Wijkverbinder.IntegrationTests.Audit;

/// <summary>The stored audit rows of a municipality's day, straight from the table (newest first, as stored).</summary>
internal static class AuditRowsReader
{
    public static async Task<List<TableEntity>> RowsAsync(AzuriteFixture azurite, string municipality, DateOnly? day = null)
    {
        var partition = $"{municipality}.{(day ?? AzuriteFixture.Today):yyyy-MM-dd}";
        var rows = new List<TableEntity>();
        await foreach (var row in azurite.Tables.Audit.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {partition}")))
        {
            rows.Add(row);
        }

        return rows;
    }

    /// <summary>What a Development host's audit log stores for a person's id: its keyed pseudonym (docs/audit.md, "Ids only").</summary>
    public static string Pseudonym(string municipality, string id) => Pseudonyms.ForAudit(PseudonymKey.Development.For(municipality), id);
}
