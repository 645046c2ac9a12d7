namespace Wijkverbinder.TeamsApp.Security;

/// <summary>
/// What a user types on a tab page crosses the Blazor circuit, and SignalR logs every hub message with its arguments
/// at Trace (<c>DefaultHubDispatcher</c>: a searched e-mail address, a referral's summary). No configuration may turn
/// that on: after every other filter rule, the circuit's categories are capped at Information for each provider that
/// has rules and for the general rules, and a rule that asks for less for one of their sub-categories is raised.
/// </summary>
internal static class CircuitLogCap
{
    public static readonly IReadOnlyList<string> Categories =
        ["Microsoft.AspNetCore.SignalR", "Microsoft.AspNetCore.Http.Connections", "Microsoft.AspNetCore.Components.Server"];

    public static IServiceCollection CapCircuitLogging(this IServiceCollection services) =>
        services.PostConfigure<LoggerFilterOptions>(options =>
        {
            var rules = options.Rules;
            for (var i = 0; i < rules.Count; i++)
            {
                if (IsCircuit(rules[i].CategoryName) && (rules[i].LogLevel ?? LogLevel.Trace) < LogLevel.Information)
                {
                    rules[i] = new LoggerFilterRule(rules[i].ProviderName, rules[i].CategoryName, LogLevel.Information, rules[i].Filter);
                }
            }

            foreach (var provider in rules.Select(r => r.ProviderName).Append(null).Distinct().ToList())
            {
                foreach (var category in Categories.Where(c => !rules.Any(r => r.ProviderName == provider && r.CategoryName == c)))
                {
                    rules.Add(new LoggerFilterRule(provider, category, LogLevel.Information, null));
                }
            }
        });

    private static bool IsCircuit(string? category) =>
        category is not null && Categories.Any(c => category.StartsWith(c, StringComparison.Ordinal));
}
