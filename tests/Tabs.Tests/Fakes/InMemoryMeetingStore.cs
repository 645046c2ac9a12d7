using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Meetings;
using Wijkverbinder.Domain.Network;

namespace Wijkverbinder.Tabs.Tests.Fakes;

/// <summary>
/// Meetings in memory with the store's contract: a change based on an outdated version is refused with
/// <see cref="VersionConflictException"/> and writes nothing. <see cref="Saves"/> counts the changes written.
/// </summary>
internal sealed class InMemoryMeetingStore : IMeetingStore
{
    private readonly Dictionary<MeetingId, MeetingRecord> records = [];
    private readonly Dictionary<MeetingId, MeetingLinks> links = [];
    private int version;

    public int Saves { get; private set; }

    public void Add(Meeting meeting) =>
        records[meeting.Id] = new MeetingRecord(meeting with { Version = NextVersion() }, [new MeetingEvent(1, MeetingEventKind.Planned, meeting.Organiser, meeting.CreatedAt)]);

    public Meeting Current(MeetingId id) => records[id].Meeting;

    public IReadOnlyList<Meeting> All => [.. records.Values.Select(r => r.Meeting)];

    public void SetLinks(MeetingId id, MeetingLinks meetingLinks) => links[id] = meetingLinks;

    public async Task<MeetingRecord?> GetAsync(MeetingId id, CancellationToken cancellationToken)
    {
        await Task.Yield();
        return records.GetValueOrDefault(id);
    }

    public Task<Meeting> SaveAsync(MeetingChange change, CancellationToken cancellationToken)
    {
        var id = change.After.Id;
        if (change.Before is not null && (!records.TryGetValue(id, out var current) || current.Meeting.Version != change.Before.Version))
        {
            throw new VersionConflictException();
        }

        var history = records.TryGetValue(id, out var existing) ? existing.History : [];
        var after = change.After with { Version = NextVersion() };
        records[id] = new MeetingRecord(after, [.. history, change.Event]);
        Saves++;
        return Task.FromResult(after);
    }

    public Task<IReadOnlyList<Meeting>> ListSinceAsync(string municipality, DateTimeOffset since, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Meeting>>([.. All.Where(m => m.Id.Municipality == municipality && m.Start >= since)]);

    public Task<IReadOnlyList<Meeting>> ListForColleagueAsync(string municipality, ColleagueId colleague, DateTimeOffset since, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Meeting>>([.. All.Where(m => m.Id.Municipality == municipality && m.Start >= since
            && (m.Organiser == colleague || m.FindInvitee(InviteeRef.For(colleague)) is not null))]);

    public Task<MeetingLinks> GetLinksAsync(MeetingId id, CancellationToken cancellationToken) =>
        Task.FromResult(links.GetValueOrDefault(id) ?? new MeetingLinks());

    public Task<MeetingLinks> SaveLinksAsync(MeetingId id, MeetingLinks meetingLinks, CancellationToken cancellationToken)
    {
        links[id] = meetingLinks;
        return Task.FromResult(meetingLinks);
    }

    private string NextVersion() => (++version).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
