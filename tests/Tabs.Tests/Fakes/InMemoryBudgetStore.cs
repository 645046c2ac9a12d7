using Wijkverbinder.Domain.Budget;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.Domain.Referrals;

namespace Wijkverbinder.Tabs.Tests.Fakes;

/// <summary>The areas' budget ledgers in memory; requests are not kept here (the page only reads them).</summary>
internal sealed class InMemoryBudgetStore : IBudgetStore
{
    public List<AreaBudget> Ledgers { get; } = [];

    public Task<AreaBudget?> GetAsync(AreaId area, int year, CancellationToken cancellationToken) =>
        Task.FromResult(Ledgers.FirstOrDefault(b => b.Area == area && b.Year == year));

    public Task<IReadOnlyList<AreaBudget>> ListAsync(string municipality, int year, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<AreaBudget>>([.. Ledgers.Where(b => b.Area.Municipality == municipality && b.Year == year)]);

    public Task<AreaBudget> SaveAsync(AreaBudget budget, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<IReadOnlyList<Referral>> ListRequestsAsync(AreaId area, int year, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Referral>>([]);
}
