using Wijkverbinder.Domain.Network;

namespace Wijkverbinder.Domain.Successes;

/// <summary>Where successes are kept: one partition per area, newest first.</summary>
public interface ISuccessStore
{
    Task AddAsync(Success success, CancellationToken cancellationToken);

    /// <summary>The area's successes, newest first, at most <paramref name="max"/>.</summary>
    Task<IReadOnlyList<Success>> ListAsync(AreaId area, int max, CancellationToken cancellationToken);

    /// <summary>The area's successes marked from <paramref name="from"/> (inclusive) to <paramref name="to"/> (exclusive), newest first.</summary>
    Task<IReadOnlyList<Success>> ListBetweenAsync(AreaId area, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken);
}
