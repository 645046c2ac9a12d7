using Wijkverbinder.Domain.Network;
using Wijkverbinder.Domain.Successes;

namespace Wijkverbinder.Tabs.Tests.Fakes;

/// <summary>The podium's successes in memory, newest first per area.</summary>
internal sealed class InMemorySuccessStore : ISuccessStore
{
    public List<Success> All { get; } = [];

    public Task AddAsync(Success success, CancellationToken cancellationToken)
    {
        All.Add(success);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<Success>> ListAsync(AreaId area, int max, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Success>>([.. All.Where(s => s.Area == area).OrderByDescending(s => s.MarkedAt).Take(max)]);

    public Task<IReadOnlyList<Success>> ListBetweenAsync(AreaId area, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Success>>([.. All.Where(s => s.Area == area && s.MarkedAt >= from && s.MarkedAt < to).OrderByDescending(s => s.MarkedAt)]);
}
