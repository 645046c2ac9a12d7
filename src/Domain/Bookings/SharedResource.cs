using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Network;

namespace Wijkverbinder.Domain.Bookings;

/// <summary>
/// Something residents' initiatives can borrow for a few days: the mobile base (the "Pipowagen"), a party tent, a sound
/// set. It belongs to one area, or to the whole municipality when <see cref="Area"/> is null; <see cref="Approver"/>
/// (a wijkmanager) decides on its booking requests. A retired resource stays listed but takes no requests.
/// </summary>
public sealed record SharedResource
{
    public required ResourceId Id { get; init; }

    public required string Name { get; init; }

    public string? Description { get; init; }

    /// <summary>The area it serves; null: every district of the municipality.</summary>
    public AreaId? Area { get; init; }

    public required ColleagueId Approver { get; init; }

    /// <summary>When it was retired; null while it is in use.</summary>
    public DateTimeOffset? RetiredAt { get; init; }

    /// <summary>Why it was retired, as its requesters were told.</summary>
    public string? RetiredReason { get; init; }

    public bool IsRetired => RetiredAt is not null;

    /// <summary>The stored version (an ETag) this was read at; a change must name it, so two editors do not overwrite each other.</summary>
    public string? Version { get; init; }

    /// <summary>True when a booking for <paramref name="district"/> may use it.</summary>
    public bool Serves(District district) => Area is not { } area || district.Area == area;
}
