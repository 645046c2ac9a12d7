using Azure.Data.Tables;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Referrals;

namespace Wijkverbinder.Storage.Referrals;

/// <summary>
/// Routing rules: PartitionKey the municipality, RowKey "{theme}|{scope}" escaped (a theme is admin input and may hold
/// characters a row key may not); the columns keep the values as given.
/// </summary>
internal static class RoutingRows
{
    public static string RowKey(string theme, string scope) => $"{Uri.EscapeDataString(theme)}|{Uri.EscapeDataString(scope)}";

    public static TableEntity ToRow(string municipality, RoutingRule rule) => new(municipality, RowKey(rule.Theme, rule.Scope))
    {
        ["Theme"] = rule.Theme,
        ["Scope"] = rule.Scope,
        ["Receiver"] = rule.Receiver.Value,
    };

    public static RoutingRule FromRow(TableEntity row) =>
        new(row.GetString("Theme"), row.GetString("Scope"), new ColleagueId(row.GetString("Receiver")));
}
