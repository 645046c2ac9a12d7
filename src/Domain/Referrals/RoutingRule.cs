using Wijkverbinder.Domain.Colleagues;

namespace Wijkverbinder.Domain.Referrals;

/// <summary>
/// Who handles a theme in a district or, as a fallback, in a whole area. <see cref="Scope"/> is a district code
/// (WK…) or an area id (GM0202.W1).
/// </summary>
public sealed record RoutingRule(string Theme, string Scope, ColleagueId Receiver);
