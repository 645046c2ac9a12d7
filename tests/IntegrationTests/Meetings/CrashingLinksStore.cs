using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Meetings;

namespace Wijkverbinder.IntegrationTests.Meetings;

/// <summary>The real meeting store, except that the next <see cref="CrashesLeft"/> link saves fail as a crash would.</summary>
internal sealed class CrashingLinksStore(IMeetingStore inner) : IMeetingStore
{
    public int CrashesLeft { get; set; }

    public Task<MeetingRecord?> GetAsync(MeetingId id, CancellationToken cancellationToken) => inner.GetAsync(id, cancellationToken);

    public Task<Meeting> SaveAsync(MeetingChange change, CancellationToken cancellationToken) => inner.SaveAsync(change, cancellationToken);

    public Task<IReadOnlyList<Meeting>> ListSinceAsync(string municipality, DateTimeOffset since, CancellationToken cancellationToken) =>
        inner.ListSinceAsync(municipality, since, cancellationToken);

    public Task<IReadOnlyList<Meeting>> ListForColleagueAsync(string municipality, ColleagueId colleague, DateTimeOffset since, CancellationToken cancellationToken) =>
        inner.ListForColleagueAsync(municipality, colleague, since, cancellationToken);

    public Task<MeetingLinks> GetLinksAsync(MeetingId id, CancellationToken cancellationToken) => inner.GetLinksAsync(id, cancellationToken);

    public Task<MeetingLinks> SaveLinksAsync(MeetingId id, MeetingLinks links, CancellationToken cancellationToken)
    {
        if (CrashesLeft > 0)
        {
            CrashesLeft--;
            throw new IOException("Crashed before the links were saved.");
        }

        return inner.SaveLinksAsync(id, links, cancellationToken);
    }
}
