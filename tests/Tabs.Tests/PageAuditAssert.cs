using Wijkverbinder.Domain.Audit;
using Wijkverbinder.TeamsApp.Tabs.Identity;

namespace Wijkverbinder.Tabs.Tests;

/// <summary>How the tests read a page's audit records (<see cref="TeamsApp.Audit.PageAudit"/>): what, about which id, with which result, by whom, from where.</summary>
internal static class PageAuditAssert
{
    /// <summary>The records are exactly <paramref name="expected"/>, in order, each from a tab page by <paramref name="user"/>.</summary>
    public static void Recorded(IEnumerable<AuditRecord> records, TabUser user, params (string Action, string ObjectType, string? ObjectId, AuditResult Result)[] expected)
    {
        var all = records.ToList();
        Assert.Equal(expected, all.Select(r => (r.Action, r.ObjectType, r.ObjectId, r.Result)));
        Assert.All(all, r => Assert.Equal((AuditOrigin.TabPage, user.Id.Value), (r.Origin, r.Actor)));
    }

    /// <summary>No record holds any of <paramref name="shown"/> (names, mail, free text the page showed): ids only.</summary>
    public static void HoldsNone(IEnumerable<AuditRecord> records, params string[] shown) =>
        Assert.All(records, r => Assert.DoesNotContain(shown, s => $"{r.Action}|{r.ObjectType}|{r.ObjectId}|{r.Actor}".Contains(s, StringComparison.OrdinalIgnoreCase)));
}
