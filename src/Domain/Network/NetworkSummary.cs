namespace Wijkverbinder.Domain.Network;

/// <summary>
/// Key figures of a network view, as a manager reads them: how many members of each kind, how many joined this
/// quarter, how many are dormant (ties, but no contact for a while) and how many are isolated (no ties at all).
/// The rules are public so the dashboard lists the same members the figures count.
/// </summary>
public sealed record NetworkSummary(
    int Members,
    IReadOnlyDictionary<MemberKind, int> ByKind,
    int NewThisQuarter,
    int Dormant,
    int Isolated)
{
    /// <summary>Dormant: no contact in this many months (the product's default; configurable per dashboard).</summary>
    public const int DormantAfterMonths = 6;

    public static NetworkSummary Of(NetworkView view, DateOnly today) => Of(view, today, DormantAfterMonths);

    public static NetworkSummary Of(NetworkView view, DateOnly today, int dormantAfterMonths)
    {
        var quarterStart = QuarterStart(today);
        var dormantBefore = DormantBefore(today, dormantAfterMonths);
        var lastContact = LastContacts(view.Ties);
        var byKind = Enum.GetValues<MemberKind>().ToDictionary(kind => kind, kind => view.Members.Count(m => m.Kind == kind));
        return new NetworkSummary(
            view.Members.Count,
            byKind,
            view.Members.Count(m => IsNew(m, quarterStart)),
            view.Members.Count(m => IsDormant(m, lastContact, dormantBefore)),
            view.Members.Count(m => IsIsolated(m, lastContact)));
    }

    /// <summary>The first day of the calendar quarter <paramref name="today"/> lies in.</summary>
    public static DateOnly QuarterStart(DateOnly today) => new(today.Year, ((today.Month - 1) / 3 * 3) + 1, 1);

    /// <summary>A member whose last contact is before this day is dormant.</summary>
    public static DateOnly DormantBefore(DateOnly today, int dormantAfterMonths) => today.AddMonths(-dormantAfterMonths);

    /// <summary>Each member's latest contact over all its ties; a member without ties is absent.</summary>
    public static Dictionary<MemberId, DateOnly> LastContacts(IEnumerable<Tie> ties)
    {
        var lastContact = new Dictionary<MemberId, DateOnly>();
        foreach (var tie in ties)
        {
            Touch(lastContact, tie.From, tie.LastContactOn);
            Touch(lastContact, tie.To, tie.LastContactOn);
        }

        return lastContact;
    }

    public static bool IsNew(Member member, DateOnly quarterStart) => member.JoinedOn >= quarterStart;

    public static bool IsDormant(Member member, IReadOnlyDictionary<MemberId, DateOnly> lastContact, DateOnly dormantBefore) =>
        lastContact.TryGetValue(member.Id, out var last) && last < dormantBefore;

    public static bool IsIsolated(Member member, IReadOnlyDictionary<MemberId, DateOnly> lastContact) => !lastContact.ContainsKey(member.Id);

    private static void Touch(Dictionary<MemberId, DateOnly> lastContact, MemberId member, DateOnly date)
    {
        if (!lastContact.TryGetValue(member, out var known) || date > known)
        {
            lastContact[member] = date;
        }
    }
}
