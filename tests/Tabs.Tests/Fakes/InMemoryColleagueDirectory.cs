using Wijkverbinder.Domain.Colleagues;

namespace Wijkverbinder.Tabs.Tests.Fakes;

internal sealed class InMemoryColleagueDirectory(params Colleague[] colleagues) : IColleagueDirectory
{
    private readonly List<Colleague> all = [.. colleagues];

    public Colleague? Find(ColleagueId id) => all.FirstOrDefault(c => c.Id == id);

    public Task<Colleague?> GetAsync(string municipality, ColleagueId id, CancellationToken cancellationToken) =>
        Task.FromResult(all.FirstOrDefault(c => c.Id == id));

    public Task<IReadOnlyList<Colleague>> ListAsync(string municipality, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Colleague>>(all);

    public Task SaveAsync(string municipality, Colleague colleague, CancellationToken cancellationToken)
    {
        all.RemoveAll(c => c.Id == colleague.Id);
        all.Add(colleague);
        return Task.CompletedTask;
    }
}
