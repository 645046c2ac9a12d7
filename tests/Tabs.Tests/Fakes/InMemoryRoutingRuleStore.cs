using Wijkverbinder.Domain.Referrals;

namespace Wijkverbinder.Tabs.Tests.Fakes;

internal sealed class InMemoryRoutingRuleStore : IRoutingRuleStore
{
    public List<RoutingRule> Rules { get; } = [];

    public Task<IReadOnlyList<RoutingRule>> ListAsync(string municipality, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<RoutingRule>>(Rules.ToList());

    public Task SaveAsync(string municipality, RoutingRule rule, CancellationToken cancellationToken)
    {
        Rules.RemoveAll(r => r.Theme == rule.Theme && r.Scope == rule.Scope);
        Rules.Add(rule);
        return Task.CompletedTask;
    }

    public Task<bool> DeleteAsync(string municipality, string theme, string scope, CancellationToken cancellationToken) =>
        Task.FromResult(Rules.RemoveAll(r => r.Theme == theme && r.Scope == scope) > 0);
}
