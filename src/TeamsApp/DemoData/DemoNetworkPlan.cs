using Wijkverbinder.Domain.Network;

namespace Wijkverbinder.TeamsApp.DemoData;

/// <summary>
/// A demo network, planned before anything is written: members in order, each with ties to members planned before it.
/// </summary>
internal sealed record DemoNetworkPlan(Municipality Municipality, IReadOnlyList<DemoNetworkPlan.PlannedMember> Members)
{
    /// <param name="Draft">The member without its id (the registry assigns it).</param>
    /// <param name="Ties">Ties to members earlier in the plan, by index.</param>
    internal sealed record PlannedMember(Member Draft, IReadOnlyList<PlannedTie> Ties);

    internal sealed record PlannedTie(int Other, TieType Type, DateOnly Since, DateOnly LastContactOn);
}
