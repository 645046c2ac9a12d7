namespace Wijkverbinder.TeamsApp.Referrals.Contracts;

public sealed record RoutingRuleResponse(string Theme, string Scope, string Receiver);
