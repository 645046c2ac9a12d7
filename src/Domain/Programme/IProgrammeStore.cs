using Wijkverbinder.Domain.Network;

namespace Wijkverbinder.Domain.Programme;

/// <summary>
/// Where the wijkprogramma's goals are kept, with the outbox of its changes (relayed by the storage's outbox reader)
/// and the link to each area's card.
/// A stale write of goals throws <see cref="VersionConflictException"/>; nothing is overwritten silently.
/// </summary>
public interface IProgrammeStore
{
    /// <summary>The goals of every theme of the area that has any (one range query).</summary>
    Task<IReadOnlyList<ThemeGoals>> GetGoalsAsync(AreaId area, CancellationToken cancellationToken);

    /// <summary>Writes the theme's goals and the change's outbox row in one transaction, or nothing.</summary>
    Task<ThemeGoals> SaveGoalsAsync(ThemeGoals goals, ProgrammeChange change, CancellationToken cancellationToken);

    /// <summary>Writes a change's outbox row alone (the area's themes changed in the municipality's reference data).</summary>
    Task AddChangeAsync(ProgrammeChange change, CancellationToken cancellationToken);

    Task<ProgrammeCardLink?> GetCardLinkAsync(AreaId area, CancellationToken cancellationToken);

    Task SaveCardLinkAsync(AreaId area, ProgrammeCardLink link, CancellationToken cancellationToken);
}
