namespace Wijkverbinder.Domain.Bookings;

/// <summary>
/// Where shared resources and their bookings are kept. A booking's change is written with its cards (the outbox) at
/// once or not at all. A new booking claims each of its days insert-only in the same transaction, so of two requests
/// for overlapping days exactly one is stored; the other gets <see cref="BookingConflictException"/>. A change based on
/// a stale version gets <see cref="Network.VersionConflictException"/>.
/// </summary>
public interface IBookingStore
{
    Task<SharedResource?> GetResourceAsync(ResourceId id, CancellationToken cancellationToken);

    Task<IReadOnlyList<SharedResource>> ListResourcesAsync(string municipality, CancellationToken cancellationToken);

    /// <summary>Adds a resource; <see cref="Network.AlreadyExistsException"/> when one with its id exists.</summary>
    Task SaveResourceAsync(SharedResource resource, CancellationToken cancellationToken);

    /// <summary>Replaces a resource read at <see cref="SharedResource.Version"/>; <see cref="VersionConflictException"/> when it changed since.</summary>
    Task<SharedResource> UpdateResourceAsync(SharedResource resource, CancellationToken cancellationToken);

    /// <summary>The booking; null when it does not exist.</summary>
    Task<Booking?> GetAsync(BookingId id, CancellationToken cancellationToken);

    /// <summary>The bookings that hold a day of the resource from <paramref name="from"/> to <paramref name="to"/> (requested and approved).</summary>
    Task<IReadOnlyList<Booking>> ListAsync(ResourceId resource, DateOnly from, DateOnly to, CancellationToken cancellationToken);

    /// <summary>Writes a change and returns the booking with its new version.</summary>
    Task<Booking> SaveAsync(BookingChange change, CancellationToken cancellationToken);
}
