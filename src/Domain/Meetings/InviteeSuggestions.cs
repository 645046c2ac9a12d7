using Wijkverbinder.Domain.Network;

namespace Wijkverbinder.Domain.Meetings;

/// <summary>
/// Who to invite to a meeting, from the network: every member working in the meeting's districts on one of its themes
/// (on any theme when the meeting has none, as a yearly feedback meeting is for the whole network), grouped by kind
/// (initiatives, partners, people) and by name within a kind.
/// </summary>
public static class InviteeSuggestions
{
    /// <summary>How far back "new" and "met" look.</summary>
    public const int YearDays = 365;

    public static IReadOnlyList<SuggestedInvitee> For(NetworkView network, IReadOnlyCollection<string> districts, IReadOnlyCollection<string> themes, DateOnly today)
    {
        var yearAgo = today.AddDays(-YearDays);
        var metRecently = network.Ties
            .Where(t => t.Type == TieType.MetAt && t.LastContactOn >= yearAgo)
            .SelectMany(t => new[] { t.From, t.To })
            .ToHashSet();
        return network.Members
            .Where(m => m.Districts.Any(districts.Contains))
            .Where(m => themes.Count == 0 || m.Themes.Any(themes.Contains))
            .OrderBy(m => m.Kind)
            .ThenBy(m => m.Name, StringComparer.CurrentCulture)
            .ThenBy(m => m.Id.ToString(), StringComparer.Ordinal)
            .Select(m => new SuggestedInvitee(m.Id, m.Name, m.Kind, m.Themes, m.JoinedOn > yearAgo, !metRecently.Contains(m.Id)))
            .ToList();
    }
}
