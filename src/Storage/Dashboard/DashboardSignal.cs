using System.Collections.Concurrent;
using Wijkverbinder.Domain.Network;

namespace Wijkverbinder.Storage.Dashboard;

/// <summary>
/// Tells the dashboard refresher which areas changed: the network store marks an area after a successful write, the
/// referral store a referral's district (the refresher maps it to its area). Marks are kept until taken, so a change
/// that comes while a rebuild runs is rebuilt next; a notify while nobody waits makes the next wait return at once.
/// </summary>
public sealed class DashboardSignal : IDisposable
{
    private readonly ConcurrentDictionary<AreaId, byte> areas = new();
    private readonly ConcurrentDictionary<string, byte> districts = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim pending = new(0, 1);

    public void AreaChanged(AreaId area)
    {
        areas[area] = 0;
        Wake();
    }

    public void DistrictChanged(string districtCode)
    {
        districts[districtCode] = 0;
        Wake();
    }

    /// <summary>The marks so far, removed from the signal.</summary>
    public DashboardChanges Take()
    {
        var takenAreas = areas.Keys.Where(a => areas.TryRemove(a, out _)).ToList();
        var takenDistricts = districts.Keys.Where(d => districts.TryRemove(d, out _)).ToList();
        return new DashboardChanges(takenAreas, takenDistricts);
    }

    /// <summary>Puts marks back after a failed rebuild and wakes the waiter, so they are tried again.</summary>
    public void Restore(DashboardChanges changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        foreach (var area in changes.Areas)
        {
            areas[area] = 0;
        }

        foreach (var district in changes.Districts)
        {
            districts[district] = 0;
        }

        if (!changes.IsEmpty)
        {
            Wake();
        }
    }

    /// <summary>Returns when notified (now or before) or after <paramref name="timeout"/>.</summary>
    public Task WaitAsync(TimeSpan timeout, CancellationToken ct) => pending.WaitAsync(timeout, ct);

    public void Dispose() => pending.Dispose();

    private void Wake()
    {
        try
        {
            pending.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already notified and not yet consumed; one wake-up is enough.
        }
    }
}
