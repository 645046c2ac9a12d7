using Wijkverbinder.Domain.Audit;

namespace Wijkverbinder.TeamsApp.Audit;

public static class AuditEndpointExtensions
{
    /// <summary>Records every call of this group in the audit log (add it first, so the group's guards are inside it).</summary>
    public static RouteGroupBuilder WithAuditTrail(this RouteGroupBuilder group, AuditOrigin origin)
    {
        ArgumentNullException.ThrowIfNull(group);
        group.AddEndpointFilter(new AuditEndpointFilter(origin));
        return group;
    }
}
