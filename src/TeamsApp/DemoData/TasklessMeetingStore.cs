using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Meetings;

namespace Wijkverbinder.TeamsApp.DemoData;

/// <summary>
/// The meeting store for the demo seed: writes each change without its tasks, because made-up meetings must not
/// create calendar events, post cards or ask anyone for feedback (the demo network has its met-at ties already).
/// </summary>
internal sealed class TasklessMeetingStore(IMeetingStore inner) : IMeetingStore
{
    public Task<MeetingRecord?> GetAsync(MeetingId id, CancellationToken cancellationToken) => inner.GetAsync(id, cancellationToken);

    public Task<Meeting> SaveAsync(MeetingChange change, CancellationToken cancellationToken) =>
        inner.SaveAsync(change with { Tasks = [] }, cancellationToken);

    public Task<IReadOnlyList<Meeting>> ListSinceAsync(string municipality, DateTimeOffset since, CancellationToken cancellationToken) =>
        inner.ListSinceAsync(municipality, since, cancellationToken);

    public Task<IReadOnlyList<Meeting>> ListForColleagueAsync(string municipality, ColleagueId colleague, DateTimeOffset since, CancellationToken cancellationToken) =>
        inner.ListForColleagueAsync(municipality, colleague, since, cancellationToken);

    public Task<MeetingLinks> GetLinksAsync(MeetingId id, CancellationToken cancellationToken) => inner.GetLinksAsync(id, cancellationToken);

    public Task<MeetingLinks> SaveLinksAsync(MeetingId id, MeetingLinks links, CancellationToken cancellationToken) =>
        inner.SaveLinksAsync(id, links, cancellationToken);
}
