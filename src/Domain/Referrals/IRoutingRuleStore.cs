namespace Wijkverbinder.Domain.Referrals;

/// <summary>The routing rules of a municipality; data that the administrator edits through the API.</summary>
public interface IRoutingRuleStore
{
    Task<IReadOnlyList<RoutingRule>> ListAsync(string municipality, CancellationToken cancellationToken);

    /// <summary>Adds the rule, or replaces the one for the same theme and scope.</summary>
    Task SaveAsync(string municipality, RoutingRule rule, CancellationToken cancellationToken);

    /// <summary>Returns false when there was no rule for that theme and scope.</summary>
    Task<bool> DeleteAsync(string municipality, string theme, string scope, CancellationToken cancellationToken);
}
