using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Network;

namespace Wijkverbinder.Domain.Successes;

/// <summary>
/// An initiative the wijkteam marked as a success, with a short story and optionally a link to a video (https). A
/// success is public by nature: it is told on the podium and the monthly card. The initiative's name is kept with it so
/// the podium reads one partition.
/// </summary>
public sealed record Success(
    string Id,
    MemberId Initiative,
    string InitiativeName,
    string Story,
    Uri? Video,
    ColleagueId MarkedBy,
    DateTimeOffset MarkedAt)
{
    public AreaId Area => Initiative.Area;
}
