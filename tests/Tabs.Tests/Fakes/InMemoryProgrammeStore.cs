using System.Collections.Concurrent;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.Domain.Programme;

namespace Wijkverbinder.Tabs.Tests.Fakes;

/// <summary>The wijkprogramma's goals and its change outbox in memory; <see cref="Changes"/> are the changes written.</summary>
internal sealed class InMemoryProgrammeStore : IProgrammeStore
{
    private readonly ConcurrentDictionary<(AreaId, string), ThemeGoals> goals = new();
    private readonly ConcurrentDictionary<AreaId, ProgrammeCardLink> links = new();

    public ConcurrentQueue<ProgrammeChange> Changes { get; } = new();

    public Task<IReadOnlyList<ThemeGoals>> GetGoalsAsync(AreaId area, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ThemeGoals>>([.. goals.Values.Where(g => g.Area == area)]);

    public Task<ThemeGoals> SaveGoalsAsync(ThemeGoals goals, ProgrammeChange change, CancellationToken cancellationToken)
    {
        var saved = goals with { Version = Guid.NewGuid().ToString("N") };
        this.goals[(goals.Area, goals.Theme)] = saved;
        Changes.Enqueue(change);
        return Task.FromResult(saved);
    }

    public Task AddChangeAsync(ProgrammeChange change, CancellationToken cancellationToken)
    {
        Changes.Enqueue(change);
        return Task.CompletedTask;
    }

    public Task<ProgrammeCardLink?> GetCardLinkAsync(AreaId area, CancellationToken cancellationToken) =>
        Task.FromResult(links.TryGetValue(area, out var link) ? link : null);

    public Task SaveCardLinkAsync(AreaId area, ProgrammeCardLink link, CancellationToken cancellationToken)
    {
        links[area] = link;
        return Task.CompletedTask;
    }
}
