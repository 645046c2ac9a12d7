using Wijkverbinder.Domain.Bookings;
using Wijkverbinder.Domain.Network;

namespace Wijkverbinder.Tabs.Tests.Fakes;

/// <summary>Shared resources in memory with the store's contract (a second resource with the same id is refused); no bookings.</summary>
internal sealed class InMemoryBookingStore : IBookingStore
{
    private readonly List<SharedResource> resources = [];

    public IReadOnlyList<SharedResource> Resources => resources;

    public Task<SharedResource?> GetResourceAsync(ResourceId id, CancellationToken cancellationToken) =>
        Task.FromResult(resources.FirstOrDefault(r => r.Id == id));

    public Task<IReadOnlyList<SharedResource>> ListResourcesAsync(string municipality, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<SharedResource>>([.. resources.Where(r => r.Id.Municipality == municipality)]);

    public Task SaveResourceAsync(SharedResource resource, CancellationToken cancellationToken)
    {
        if (resources.Any(r => r.Id == resource.Id))
        {
            throw new AlreadyExistsException();
        }

        resources.Add(resource);
        return Task.CompletedTask;
    }

    public Task<Booking?> GetAsync(BookingId id, CancellationToken cancellationToken) => Task.FromResult<Booking?>(null);

    public Task<IReadOnlyList<Booking>> ListAsync(ResourceId resource, DateOnly from, DateOnly to, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Booking>>([]);

    public Task<Booking> SaveAsync(BookingChange change, CancellationToken cancellationToken) => throw new NotSupportedException("The page tests make no bookings.");
}
