using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Network;

namespace Wijkverbinder.Domain.Bookings;

/// <summary>What a wijkmanager or beheerder fills in to register a resource; no area: the whole municipality.</summary>
public sealed record ResourceDraft(string? Name, string? Description, AreaId? Area, ColleagueId? Approver);
