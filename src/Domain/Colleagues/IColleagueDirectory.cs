namespace Wijkverbinder.Domain.Colleagues;

/// <summary>The colleagues of one municipality (reference data, kept by the administrator and the demo seed).</summary>
public interface IColleagueDirectory
{
    Task<Colleague?> GetAsync(string municipality, ColleagueId id, CancellationToken cancellationToken);

    Task<IReadOnlyList<Colleague>> ListAsync(string municipality, CancellationToken cancellationToken);

    Task SaveAsync(string municipality, Colleague colleague, CancellationToken cancellationToken);
}
