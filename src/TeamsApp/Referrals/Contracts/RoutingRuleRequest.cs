namespace Wijkverbinder.TeamsApp.Referrals.Contracts;

/// <summary>Who handles a theme in a district (WK…) or an area (GM0202.W1).</summary>
public sealed record RoutingRuleRequest(string? Theme, string? Scope, string? Receiver);
