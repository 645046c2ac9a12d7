using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Meetings;
using Wijkverbinder.Domain.Network;

namespace Wijkverbinder.Notifications.Meetings;

/// <summary>
/// Reads a meeting with the names its cards show. Names are looked up each time (the meeting keeps references only),
/// so a renamed or erased member is never shown as it was.
/// </summary>
public sealed class MeetingViews(IMeetingStore meetings, INetworkStore network, IColleagueDirectory colleagues)
{
    public async Task<MeetingView?> GetAsync(MeetingId id, CancellationToken cancellationToken)
    {
        var record = await meetings.GetAsync(id, cancellationToken);
        return record is null ? null : await ForAsync(record.Meeting, await meetings.GetLinksAsync(id, cancellationToken), cancellationToken);
    }

    public async Task<MeetingView> ForAsync(Meeting meeting, MeetingLinks links, CancellationToken cancellationToken)
    {
        var municipality = await network.GetMunicipalityAsync(meeting.Id.Municipality, cancellationToken);
        var everyone = (await colleagues.ListAsync(meeting.Id.Municipality, cancellationToken)).ToDictionary(c => c.Id);
        var members = new Dictionary<MemberId, Member>();
        foreach (var area in meeting.Invitees.Select(i => i.Ref.Member).OfType<MemberId>().GroupBy(m => m.Area))
        {
            foreach (var (memberId, member) in await network.GetMembersAsync(area.Key, area.ToList(), cancellationToken))
            {
                members[memberId] = member;
            }
        }

        var lines = meeting.Invitees.Select(i => Line(i, members, everyone)).ToList();
        return new MeetingView(
            meeting,
            links,
            municipality is null ? meeting.Scope : MeetingView.ScopeNameOf(municipality, meeting.Scope),
            meeting.Themes.Select(t => municipality?.Themes.FirstOrDefault(x => x.Id == t)?.Name ?? t).ToList(),
            lines,
            everyone.ToDictionary(p => p.Key, p => p.Value.Name));
    }

    private static InviteeLine Line(Invitee invitee, Dictionary<MemberId, Member> members, Dictionary<ColleagueId, Colleague> everyone)
    {
        if (invitee.Ref.Colleague is { } colleagueId)
        {
            var colleague = everyone.GetValueOrDefault(colleagueId);
            return new(invitee, colleague?.Name ?? "?", InviteeGroup.Colleagues, !string.IsNullOrWhiteSpace(colleague?.Mail));
        }

        var member = invitee.Ref.Member is { } memberId ? members.GetValueOrDefault(memberId) : null;
        return member switch
        {
            Initiative => new(invitee, member.Name, InviteeGroup.Initiatives, false),
            Partner => new(invitee, member.Name, InviteeGroup.Partners, false),
            Person person => new(invitee, person.Name, InviteeGroup.People, !string.IsNullOrWhiteSpace(person.Email)),
            _ => new(invitee, "?", InviteeGroup.People, false),
        };
    }
}
