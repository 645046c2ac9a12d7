using Wijkverbinder.Domain.Bookings;
using Wijkverbinder.Domain.Network;

namespace Wijkverbinder.Tabs.Tests.Fakes;

/// <summary>Shared resources and their bookings in memory; a change based on an outdated version is refused as the table store does. <see cref="Saves"/> counts the changes written.</summary>
internal sealed class InMemoryBookingStore : IBookingStore
{
    private readonly Dictionary<ResourceId, SharedResource> resources = [];
    private readonly Dictionary<BookingId, Booking> bookings = [];
    private int version;

    public int Saves { get; private set; }

    public IReadOnlyList<SharedResource> Resources => [.. resources.Values];

    /// <summary>Adds or replaces a resource, as a Beheerder's change would.</summary>
    public void Put(SharedResource resource) => resources[resource.Id] = resource with { Version = NextVersion() };

    public void Add(Booking booking) => bookings[booking.Id] = booking with { Version = NextVersion() };

    public Booking Current(BookingId id) => bookings[id];

    public Task<SharedResource?> GetResourceAsync(ResourceId id, CancellationToken cancellationToken) => Task.FromResult(resources.GetValueOrDefault(id));

    public Task<IReadOnlyList<SharedResource>> ListResourcesAsync(string municipality, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<SharedResource>>([.. resources.Values.Where(r => r.Id.Municipality == municipality)]);

    public Task SaveResourceAsync(SharedResource resource, CancellationToken cancellationToken)
    {
        if (!resources.TryAdd(resource.Id, resource with { Version = NextVersion() }))
        {
            throw new AlreadyExistsException();
        }

        return Task.CompletedTask;
    }

    public Task<SharedResource> UpdateResourceAsync(SharedResource resource, CancellationToken cancellationToken)
    {
        if (resources.GetValueOrDefault(resource.Id)?.Version != resource.Version)
        {
            throw new VersionConflictException();
        }

        Saves++;
        var saved = resource with { Version = NextVersion() };
        resources[resource.Id] = saved;
        return Task.FromResult(saved);
    }

    public Task<Booking?> GetAsync(BookingId id, CancellationToken cancellationToken) => Task.FromResult(bookings.GetValueOrDefault(id));

    public Task<IReadOnlyList<Booking>> ListAsync(ResourceId resource, DateOnly from, DateOnly to, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Booking>>([.. bookings.Values.Where(b => b.Resource == resource && b.HoldsDays && b.Overlaps(from, to))]);

    public Task<Booking> SaveAsync(BookingChange change, CancellationToken cancellationToken)
    {
        var id = change.After.Id;
        if (change.Before is not null && bookings.GetValueOrDefault(id)?.Version != change.Before.Version)
        {
            throw new VersionConflictException();
        }

        var saved = change.After with { Version = NextVersion() };
        bookings[id] = saved;
        Saves++;
        return Task.FromResult(saved);
    }

    private string NextVersion() => (++version).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
