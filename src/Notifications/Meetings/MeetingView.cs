using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Meetings;
using Wijkverbinder.Domain.Network;

namespace Wijkverbinder.Notifications.Meetings;

/// <summary>A meeting with what its cards need beside it: the names of its places, themes, invitees and colleagues.</summary>
public sealed record MeetingView(
    Meeting Meeting,
    MeetingLinks Links,
    string ScopeName,
    IReadOnlyList<string> ThemeNames,
    IReadOnlyList<InviteeLine> Invitees,
    IReadOnlyDictionary<ColleagueId, string> ColleagueNames)
{
    public string NameOf(ColleagueId id) => ColleagueNames.TryGetValue(id, out var name) ? name : id.Value;

    public static string ScopeNameOf(Municipality municipality, string scope) =>
        municipality.FindDistrict(scope)?.Name ?? municipality.AreaOfScope(scope)?.Name ?? scope;
}
