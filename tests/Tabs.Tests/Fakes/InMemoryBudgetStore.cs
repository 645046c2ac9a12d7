using Wijkverbinder.Domain.Budget;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.Domain.Referrals;

namespace Wijkverbinder.Tabs.Tests.Fakes;

/// <summary>
/// Ledgers in memory with the store's contract (a save over a newer version is refused); the requests are the budget
/// referrals of <paramref name="referrals"/>, whose ledger writes land here. <see cref="Saves"/> counts ledger writes.
/// </summary>
internal sealed class InMemoryBudgetStore : IBudgetStore
{
    private readonly Dictionary<(AreaId, int), AreaBudget> ledgers = [];
    private readonly InMemoryReferralStore referrals;
    private int version;

    public InMemoryBudgetStore(InMemoryReferralStore referrals)
    {
        this.referrals = referrals;
        referrals.LedgerWritten = ledger => ledgers[(ledger.Area, ledger.Year)] = ledger with { Version = "l" + ++version };
    }

    public int Saves { get; private set; }

    public AreaBudget? Current(AreaId area, int year) => ledgers.GetValueOrDefault((area, year));

    public Task<AreaBudget?> GetAsync(AreaId area, int year, CancellationToken cancellationToken) => Task.FromResult(Current(area, year));

    public Task<IReadOnlyList<AreaBudget>> ListAsync(string municipality, int year, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<AreaBudget>>([.. ledgers.Values.Where(l => l.Area.Municipality == municipality && l.Year == year)]);

    public Task<AreaBudget> SaveAsync(AreaBudget budget, CancellationToken cancellationToken)
    {
        if (Current(budget.Area, budget.Year)?.Version != budget.Version)
        {
            throw new VersionConflictException();
        }

        var saved = budget with { Version = "l" + ++version };
        ledgers[(budget.Area, budget.Year)] = saved;
        Saves++;
        return Task.FromResult(saved);
    }

    public Task<IReadOnlyList<Referral>> ListRequestsAsync(AreaId area, int year, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Referral>>([.. referrals.All.Where(r => r.Budget is { } b && b.Area == area && b.Year == year).OrderByDescending(r => r.CreatedAt)]);
}
