using System.Collections.Concurrent;

namespace Wijkverbinder.Storage;

/// <summary>
/// Keeps a municipality's reference data (colleagues, routing rules) in memory for at most <paramref name="maxAge"/>,
/// so the referral actions spend no storage request on it. A save on this instance drops the copy at once; other
/// instances see it within <paramref name="maxAge"/>.
/// </summary>
internal sealed class ReferenceDataCache<T>(TimeProvider clock, TimeSpan maxAge)
    where T : class
{
    private readonly ConcurrentDictionary<string, (T Value, DateTimeOffset Until)> copies = new(StringComparer.Ordinal);

    public async Task<T> GetAsync(string municipality, Func<CancellationToken, Task<T>> load, CancellationToken cancellationToken)
    {
        if (copies.TryGetValue(municipality, out var copy) && copy.Until > clock.GetUtcNow())
        {
            return copy.Value;
        }

        var value = await load(cancellationToken);
        copies[municipality] = (value, clock.GetUtcNow() + maxAge);
        return value;
    }

    public void Drop(string municipality) => copies.TryRemove(municipality, out _);
}
