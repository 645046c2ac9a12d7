using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Network;

namespace Wijkverbinder.Notifications.Programme;

/// <summary>
/// The channel of an area's wijkteam: a team with the Wijkteam role whose channel the bot knows, working in all the
/// area's districts first, else in one of them. Null when the bot is in no such channel.
/// </summary>
public static class AreaChannel
{
    public static Colleague? Of(Area area, IReadOnlyList<Colleague> everyone)
    {
        ArgumentNullException.ThrowIfNull(area);
        ArgumentNullException.ThrowIfNull(everyone);
        var teams = everyone
            .Where(c => (c.Kind == ColleagueKind.Team || c.Id.IsTeam) && c.Has(AppRole.DistrictTeam) && c.ChannelConversationId is not null)
            .ToList();
        return teams.FirstOrDefault(t => area.DistrictCodes.All(t.Districts.Contains))
            ?? teams.FirstOrDefault(t => area.DistrictCodes.Any(t.Districts.Contains));
    }
}
