using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Network;

namespace Wijkverbinder.Domain.Budget;

/// <summary>
/// The ledger of one area's aanjaagbudget in one year: the budget set, what has been granted and spent, and who
/// decides on requests (the budget holder). Left is what can still be granted. <see cref="Version"/> guards every
/// write, so two decisions racing for the last euros cannot both be booked.
/// </summary>
public sealed record AreaBudget(AreaId Area, int Year, decimal Amount, decimal Granted, decimal Spent, ColleagueId? Holder)
{
    public decimal Left => Amount - Granted;

    public string? Version { get; init; }

    /// <summary>An area without a budget row yet: nothing to grant, no holder.</summary>
    public static AreaBudget Empty(AreaId area, int year) => new(area, year, 0m, 0m, 0m, null);
}
