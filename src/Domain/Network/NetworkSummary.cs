namespace Wijkverbinder.Domain.Network;

/// <summary>
/// Key figures of a network view, as a manager reads them: how many members of each kind, how many joined this
/// quarter, how many are dormant (ties, but no contact for a while) and how many are isolated (no ties at all).
/// </summary>
public sealed record NetworkSummary(
    int Members,
    IReadOnlyDictionary<MemberKind, int> ByKind,
    int NewThisQuarter,
    int Dormant,
    int Isolated)
{
    /// <summary>Dormant: no contact in this many months (the product's default; configurable later per municipality).</summary>
    public const int DormantAfterMonths = 6;

    public static NetworkSummary Of(NetworkView view, DateOnly today)
    {
        var quarterStart = new DateOnly(today.Year, ((today.Month - 1) / 3 * 3) + 1, 1);
        var dormantBefore = today.AddMonths(-DormantAfterMonths);
        var lastContact = new Dictionary<MemberId, DateOnly>();
        foreach (var tie in view.Ties)
        {
            Touch(lastContact, tie.From, tie.LastContactOn);
            Touch(lastContact, tie.To, tie.LastContactOn);
        }

        var byKind = Enum.GetValues<MemberKind>().ToDictionary(kind => kind, kind => view.Members.Count(m => m.Kind == kind));
        return new NetworkSummary(
            view.Members.Count,
            byKind,
            view.Members.Count(m => m.JoinedOn >= quarterStart),
            view.Members.Count(m => lastContact.TryGetValue(m.Id, out var last) && last < dormantBefore),
            view.Members.Count(m => !lastContact.ContainsKey(m.Id)));
    }

    private static void Touch(Dictionary<MemberId, DateOnly> lastContact, MemberId member, DateOnly date)
    {
        if (!lastContact.TryGetValue(member, out var known) || date > known)
        {
            lastContact[member] = date;
        }
    }
}
