using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Meetings;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.TeamsApp.Tabs.Identity;

namespace Wijkverbinder.TeamsApp.Tabs.Meetings;

/// <summary>What the meetings page, the "my actions" section and the tab API read, each filtered by <see cref="MeetingAccess"/>.</summary>
public sealed class MeetingTabQueries(IMeetingStore meetings, IColleagueDirectory colleagues, INetworkStore network, TimeProvider clock)
{
    /// <summary>"Recent" meetings in the list: those that started at most this many days ago.</summary>
    public const int RecentDays = 90;

    /// <summary>Actions are looked for in meetings of the last year (an action outlives its meeting by months, not years).</summary>
    public const int ActionMonths = 12;

    /// <summary>The meetings the user (or a team they act for) organises or is invited to: upcoming first (soonest first), then recent ones.</summary>
    public async Task<IReadOnlyList<Meeting>> MineAsync(TabUser user, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var found = new Dictionary<MeetingId, Meeting>();
        foreach (var who in user.Teams.Prepend(user.Id).Distinct())
        {
            foreach (var meeting in await meetings.ListForColleagueAsync(user.Municipality, who, now.AddDays(-RecentDays), cancellationToken))
            {
                found[meeting.Id] = meeting;
            }
        }

        return [.. found.Values.Where(m => m.End >= now).OrderBy(m => m.Start), .. found.Values.Where(m => m.End < now).OrderByDescending(m => m.Start)];
    }

    /// <summary>
    /// The open actions the user (or a team they act for) owns. An owner need not be invited, so this reads the
    /// municipality's meetings of the last <see cref="ActionMonths"/> months rather than the user's own list.
    /// </summary>
    public async Task<IReadOnlyList<OwnedAction>> OpenActionsAsync(TabUser user, CancellationToken cancellationToken)
    {
        var all = await meetings.ListSinceAsync(user.Municipality, clock.GetUtcNow().AddMonths(-ActionMonths), cancellationToken);
        return OwnedAction.OpenOf(all, user.ActsFor);
    }

    /// <summary>The meeting with its links, or null when it does not exist or the user is not involved (they learn nothing).</summary>
    public async Task<(Meeting Meeting, MeetingLinks Links)?> GetAsync(TabUser user, MeetingId id, CancellationToken cancellationToken)
    {
        if (id.Municipality != user.Municipality || await meetings.GetAsync(id, cancellationToken) is not { } record)
        {
            return null;
        }

        if (!MeetingAccess.IsInvolved(user, record.Meeting))
        {
            // Hidden as if it did not exist, and recorded as a refusal by the audited action around this read.
            Audit.AuditNote.Deny();
            return null;
        }

        return (record.Meeting, await meetings.GetLinksAsync(id, cancellationToken));
    }

    /// <summary>The names of a meeting's invitees, organiser, action owners and of <paramref name="parties"/>, looked up now (the meeting keeps references only).</summary>
    public async Task<IReadOnlyDictionary<InviteeRef, string>> NamesAsync(Meeting meeting, IEnumerable<MemberId> parties, CancellationToken cancellationToken)
    {
        var names = new Dictionary<InviteeRef, string>();
        var everyone = await colleagues.ListAsync(meeting.Id.Municipality, cancellationToken);
        foreach (var colleague in everyone)
        {
            names[InviteeRef.For(colleague.Id)] = colleague.Name;
        }

        var members = meeting.Invitees.Select(i => i.Ref.Member).OfType<MemberId>().Concat(parties).Distinct();
        foreach (var area in members.GroupBy(m => m.Area))
        {
            foreach (var (id, member) in await network.GetMembersAsync(area.Key, area.ToList(), cancellationToken))
            {
                names[InviteeRef.For(id)] = member.Name;
            }
        }

        return names;
    }
}
