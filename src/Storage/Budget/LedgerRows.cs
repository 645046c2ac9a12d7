using System.Globalization;
using Azure;
using Azure.Data.Tables;
using Wijkverbinder.Domain.Budget;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Network;

namespace Wijkverbinder.Storage.Budget;

/// <summary>
/// An area's budget ledger for a year: row "B|{year}|{area key}" in the referrals table's municipality partition, so a
/// grant writes it in the same entity-group transaction as the decision. Amounts are whole cents (Int64 columns).
/// </summary>
internal static class LedgerRows
{
    public const string Kind = "ledger";

    public static string RowKey(AreaId area, int year) => $"{YearPrefix(year)}{area.Key}";

    public static string YearPrefix(int year) => $"B|{year.ToString("D4", CultureInfo.InvariantCulture)}|";

    public static TableEntity ToRow(AreaBudget budget) => new(budget.Area.Municipality, RowKey(budget.Area, budget.Year))
    {
        ["Kind"] = Kind,
        ["Area"] = budget.Area.ToString(),
        ["Year"] = budget.Year,
        ["AmountCents"] = Euros.ToCents(budget.Amount),
        ["GrantedCents"] = Euros.ToCents(budget.Granted),
        ["SpentCents"] = Euros.ToCents(budget.Spent),
        ["Holder"] = budget.Holder?.Value,
    };

    public static AreaBudget FromRow(TableEntity row) => new(
        AreaId.TryParse(row.GetString("Area"), out var area) ? area : throw new InvalidDataException("A ledger row without an area."),
        row.GetInt32("Year") ?? 0,
        Euros.FromCents(row.GetInt64("AmountCents") ?? 0),
        Euros.FromCents(row.GetInt64("GrantedCents") ?? 0),
        Euros.FromCents(row.GetInt64("SpentCents") ?? 0),
        row.GetString("Holder") is { } holder ? new ColleagueId(holder) : null)
    {
        Version = row.ETag.ToString(),
    };

    /// <summary>Adds a new ledger, or replaces the one read (If-Match on its version).</summary>
    public static TableTransactionAction Write(AreaBudget budget) => budget.Version is null
        ? new(TableTransactionActionType.Add, ToRow(budget))
        : new(TableTransactionActionType.UpdateReplace, ToRow(budget), new ETag(budget.Version));
}
