using Azure;
using Azure.Data.Tables;
using Wijkverbinder.Domain.Budget;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.Domain.Referrals;
using Wijkverbinder.Storage.Referrals;

namespace Wijkverbinder.Storage.Budget;

/// <summary>
/// The areas' budget ledgers and the budget requests, in the referrals table (partition = municipality) beside the
/// referrals they belong to; docs/storage.md, "Aanjaagbudget".
/// </summary>
public sealed class TableBudgetStore(AppTables tables) : IBudgetStore
{
    public async Task<AreaBudget?> GetAsync(AreaId area, int year, CancellationToken cancellationToken)
    {
        var found = await tables.Referrals.GetEntityIfExistsAsync<TableEntity>(area.Municipality, LedgerRows.RowKey(area, year), cancellationToken: cancellationToken);
        return found.HasValue ? LedgerRows.FromRow(found.Value!) : null;
    }

    public async Task<IReadOnlyList<AreaBudget>> ListAsync(string municipality, int year, CancellationToken cancellationToken)
    {
        var prefix = LedgerRows.YearPrefix(year);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {municipality} and RowKey ge {prefix} and RowKey lt {prefix + "~"}");
        var ledgers = new List<AreaBudget>();
        await foreach (var row in tables.Referrals.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            ledgers.Add(LedgerRows.FromRow(row));
        }

        return ledgers;
    }

    public async Task<AreaBudget> SaveAsync(AreaBudget budget, CancellationToken cancellationToken)
    {
        try
        {
            var response = budget.Version is null
                ? await tables.Referrals.AddEntityAsync(LedgerRows.ToRow(budget), cancellationToken)
                : await tables.Referrals.UpdateEntityAsync(LedgerRows.ToRow(budget), new ETag(budget.Version), TableUpdateMode.Replace, cancellationToken);
            return budget with { Version = response.Headers.ETag?.ToString() };
        }
        catch (RequestFailedException e) when (e.Status is 412 or 409 or 404)
        {
            throw new VersionConflictException("The area's budget changed after it was read.", e);
        }
    }

    public async Task<IReadOnlyList<Referral>> ListRequestsAsync(AreaId area, int year, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {area.Municipality} and RowKey ge {"R|"} and RowKey lt {"R|~"} and Kind eq {"referral"} and BudgetArea eq {area.ToString()} and BudgetYear eq {year}");
        var requests = new List<Referral>();
        await foreach (var row in tables.Referrals.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            requests.Add(ReferralRows.FromRow(row));
        }

        return [.. requests.OrderByDescending(r => r.CreatedAt)];
    }
}
