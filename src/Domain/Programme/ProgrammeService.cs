using Wijkverbinder.Domain.Network;
using Wijkverbinder.Domain.Validation;

namespace Wijkverbinder.Domain.Programme;

/// <summary>
/// Reads an area's wijkprogramma and changes its goals. A change writes the goals and the outbox row for the card in one
/// transaction; a refusal writes nothing. Who may change it is checked by the caller with <see cref="ProgrammeAccess"/>.
/// </summary>
public sealed class ProgrammeService(IProgrammeStore store, INetworkStore network, TimeProvider clock)
{
    public async Task<AreaProgramme> GetAsync(Municipality municipality, Area area, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(area);
        var goals = await store.GetGoalsAsync(area.Id, cancellationToken);
        var view = await network.GetAreaNetworkAsync(area.Id, cancellationToken);
        return AreaProgrammeBuilder.Build(municipality, area, goals, view);
    }

    /// <summary>
    /// Replaces the goals of <paramref name="theme"/> in <paramref name="area"/>. <paramref name="version"/> is the version
    /// the editor read (null: none yet); when someone saved in between the store refuses with
    /// <see cref="VersionConflictException"/>.
    /// </summary>
    public async Task<Result<ThemeGoals>> SetGoalsAsync(
        Municipality municipality, Area area, string? theme, IReadOnlyList<string?>? goals, string? version, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(area);
        var checkedGoals = GoalsValidator.Validate(municipality, area, theme, goals);
        if (!checkedGoals.IsValid)
        {
            return Result<ThemeGoals>.Refused(checkedGoals.Errors);
        }

        var saved = await store.SaveGoalsAsync(
            new ThemeGoals(area.Id, theme!, checkedGoals.Value!, version), ProgrammeChange.New(area.Id, clock), cancellationToken);
        return Result<ThemeGoals>.Success(saved);
    }

    /// <summary>The area's themes changed (administration): the card follows.</summary>
    public Task ThemesChangedAsync(AreaId area, CancellationToken cancellationToken) =>
        store.AddChangeAsync(ProgrammeChange.New(area, clock), cancellationToken);
}
