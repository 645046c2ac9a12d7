using Wijkverbinder.Domain.Network;

namespace Wijkverbinder.Domain.Meetings;

/// <summary>
/// Turns a held meeting into "met at" ties: every two members that attended (within one area, where ties live) get a
/// MetAt tie dated the meeting day, or their existing one gets that day as last contact. Running it again changes
/// nothing, so the worker may retry it after a crash.
/// </summary>
public sealed class MeetingContacts(INetworkStore network)
{
    /// <summary>Records the contacts; returns how many ties it added or updated.</summary>
    public async Task<int> RecordAsync(Meeting meeting, CancellationToken cancellationToken)
    {
        if (meeting.Status != MeetingStatus.Held)
        {
            return 0;
        }

        var day = DutchTime.DateOf(meeting.Start);
        var members = meeting.Attendees
            .Select(a => a.Ref.Member)
            .OfType<MemberId>()
            .OrderBy(m => m.ToString(), StringComparer.Ordinal)
            .ToList();
        var written = 0;
        foreach (var area in members.GroupBy(m => m.Area))
        {
            var inArea = area.ToList();
            var found = await network.GetMembersAsync(area.Key, inArea, cancellationToken);
            for (var i = 0; i < inArea.Count; i++)
            {
                if (!found.TryGetValue(inArea[i], out var owner) || await network.GetMemberAsync(owner.Id, cancellationToken) is not { } withTies)
                {
                    continue;
                }

                foreach (var other in inArea.Skip(i + 1).Where(found.ContainsKey))
                {
                    written += await MeetAsync(owner, found[other], withTies.Ties, day, cancellationToken) ? 1 : 0;
                }
            }
        }

        return written;
    }

    private async Task<bool> MeetAsync(Member owner, Member other, IReadOnlyList<Tie> ties, DateOnly day, CancellationToken cancellationToken)
    {
        var existing = ties.FirstOrDefault(t => t.Type == TieType.MetAt && t.Other(owner.Id) == other.Id);
        if (existing is null)
        {
            try
            {
                await network.AddTieAsync(new Tie { From = owner.Id, To = other.Id, Type = TieType.MetAt, Since = day, LastContactOn = day }, other, owner, cancellationToken);
                return true;
            }
            catch (AlreadyExistsException)
            {
                return false; // Written by an earlier run that stopped halfway.
            }
        }

        if (existing.LastContactOn >= day)
        {
            return false;
        }

        await network.UpdateTieAsync(existing with { LastContactOn = day }, owner.Id, cancellationToken);
        return true;
    }
}
