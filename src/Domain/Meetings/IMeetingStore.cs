using Wijkverbinder.Domain.Colleagues;

namespace Wijkverbinder.Domain.Meetings;

/// <summary>
/// Where meetings are kept. Every change is written with its history event and its tasks (the outbox) at once or not
/// at all; a change based on a stale version is refused with <see cref="Network.VersionConflictException"/>.
/// </summary>
public interface IMeetingStore
{
    /// <summary>The meeting with its history; null when it does not exist.</summary>
    Task<MeetingRecord?> GetAsync(MeetingId id, CancellationToken cancellationToken);

    /// <summary>Writes a change (a new meeting when <see cref="MeetingChange.Before"/> is null) and returns the meeting with its new version.</summary>
    Task<Meeting> SaveAsync(MeetingChange change, CancellationToken cancellationToken);

    /// <summary>The meetings of a municipality that start at or after <paramref name="since"/> (planned, held and cancelled).</summary>
    Task<IReadOnlyList<Meeting>> ListSinceAsync(string municipality, DateTimeOffset since, CancellationToken cancellationToken);

    /// <summary>The meetings a colleague organises or is invited to that start at or after <paramref name="since"/>.</summary>
    Task<IReadOnlyList<Meeting>> ListForColleagueAsync(string municipality, ColleagueId colleague, DateTimeOffset since, CancellationToken cancellationToken);

    /// <summary>The links the workers keep for the meeting; empty links when none were written yet.</summary>
    Task<MeetingLinks> GetLinksAsync(MeetingId id, CancellationToken cancellationToken);

    /// <summary>Writes the links read at <see cref="MeetingLinks.Version"/>; refuses with a version conflict if they changed since.</summary>
    Task<MeetingLinks> SaveLinksAsync(MeetingId id, MeetingLinks links, CancellationToken cancellationToken);
}
