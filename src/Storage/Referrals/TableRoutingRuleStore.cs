using Azure;
using Azure.Data.Tables;
using Wijkverbinder.Domain.Referrals;

namespace Wijkverbinder.Storage.Referrals;

/// <summary>Routing rules in Table Storage, one partition per municipality, read through a copy at most a minute old.</summary>
public sealed class TableRoutingRuleStore(AppTables tables, TimeProvider clock) : IRoutingRuleStore
{
    private static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(1);

    private readonly ReferenceDataCache<IReadOnlyList<RoutingRule>> cache = new(clock, MaxAge);

    public Task<IReadOnlyList<RoutingRule>> ListAsync(string municipality, CancellationToken cancellationToken) =>
        cache.GetAsync(
            municipality,
            async ct =>
            {
                var rules = new List<RoutingRule>();
                var filter = TableClient.CreateQueryFilter($"PartitionKey eq {municipality}");
                await foreach (var row in tables.Routing.QueryAsync<TableEntity>(filter, cancellationToken: ct))
                {
                    rules.Add(RoutingRows.FromRow(row));
                }

                return (IReadOnlyList<RoutingRule>)rules;
            },
            cancellationToken);

    public async Task SaveAsync(string municipality, RoutingRule rule, CancellationToken cancellationToken)
    {
        await tables.Routing.UpsertEntityAsync(RoutingRows.ToRow(municipality, rule), TableUpdateMode.Replace, cancellationToken);
        cache.Drop(municipality);
    }

    public async Task<bool> DeleteAsync(string municipality, string theme, string scope, CancellationToken cancellationToken)
    {
        try
        {
            var response = await tables.Routing.DeleteEntityAsync(municipality, RoutingRows.RowKey(theme, scope), ETag.All, cancellationToken);
            return response.Status != 404;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return false;
        }
        finally
        {
            cache.Drop(municipality);
        }
    }

    /// <summary>Drops this instance's copy (after an erasure changed the rows underneath).</summary>
    internal void Forget(string municipality) => cache.Drop(municipality);
}
