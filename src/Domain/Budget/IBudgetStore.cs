using Wijkverbinder.Domain.Network;
using Wijkverbinder.Domain.Referrals;

namespace Wijkverbinder.Domain.Budget;

/// <summary>
/// The areas' budget ledgers and the budget requests per area. A ledger is written on its own when the budget is set,
/// and together with the referral (<see cref="ReferralChange.Ledger"/>) when a request is granted or spent.
/// </summary>
public interface IBudgetStore
{
    /// <summary>The area's ledger for the year; null when no budget was set.</summary>
    Task<AreaBudget?> GetAsync(AreaId area, int year, CancellationToken cancellationToken);

    /// <summary>Every area's ledger of the municipality for the year.</summary>
    Task<IReadOnlyList<AreaBudget>> ListAsync(string municipality, int year, CancellationToken cancellationToken);

    /// <summary>Writes the ledger (new without a version, else only if unchanged since read) and returns it with its new version.</summary>
    Task<AreaBudget> SaveAsync(AreaBudget budget, CancellationToken cancellationToken);

    /// <summary>The budget requests paid from the area's budget of the year, newest first.</summary>
    Task<IReadOnlyList<Referral>> ListRequestsAsync(AreaId area, int year, CancellationToken cancellationToken);
}
