using Bunit;
using Wijkverbinder.Domain.Audit;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.Domain.Referrals;
using Wijkverbinder.Tabs.Tests.Referrals;

namespace Wijkverbinder.Tabs.Tests.Admin;

/// <summary>
/// The editors <see cref="AdminPageTests"/> does not refuse on its own: the setup's two imports and the deletion of a
/// routing rule. A role taken away while the page is open is Denied and stores nothing; input that cannot be read is
/// Failed, shown, and stores nothing; the records hold the municipality or rule, never what was typed.
/// </summary>
public sealed class AdminEditorRefusalTests : AdminTestContext
{
    private const string Colleague = """[{"id":"team-noord","name":"Wijkteam Noord","mail":"noord@gemeente.example","roles":["DistrictTeam"],"districts":["WK020201"]}]""";

    private const string Town = """{"municipality":{"code":"GM0202","name":"Arnhem"},"areas":[{"key":"W3","name":"Oost","districts":["WK020288"]}],"districts":[{"code":"WK020288","name":"Oostrand"}],"themes":["Groen"]}""";

    [Fact]
    public async Task ASetupImportAfterTheRoleWasTakenAwayIsDeniedAndStoresNothing()
    {
        var page = RenderAsAdministrator();
        page.WaitForElement("#setup-colleagues-save");
        await TakeTheRoleAwayAsync();

        page.Change("#setup-municipality", Town);
        SubmitFormOf(page, "#setup-municipality-save");
        page.WaitForAssertion(() => Assert.Contains("u bent geen beheerder meer", page.Find("#setup-message").TextContent, StringComparison.Ordinal));
        page.Change("#setup-colleagues", Colleague);
        SubmitFormOf(page, "#setup-colleagues-save");
        page.WaitForAssertion(() => Assert.Equal(3, Audit.Records.Count));

        Assert.Equal(0, Network.Saves);
        Assert.DoesNotContain(Network.Municipality.Areas, a => a.Name == "Oost");
        Assert.Null(Colleagues.Find(new ColleagueId("team-noord")));
        PageAuditAssert.Recorded(
            Audit.Records,
            ReferralTabTown.UserFor(Beheerder),
            ("tab:audit.search", "auditDay", "2026-11-28", AuditResult.Allowed),
            ("tab:admin.municipality", "municipality", "GM0202", AuditResult.Denied),
            ("tab:admin.colleagues", "municipality", "GM0202", AuditResult.Denied));
    }

    [Theory]
    [InlineData("#setup-municipality", "{\"municipality\": Arnhem}", "Dit is geen geldige JSON")]
    [InlineData("#setup-municipality", """{"municipality":{"code":"GM0202","name":"Arnhem"},"areas":[null],"districts":[null]}""", "Niet opgeslagen; verbeter het volgende.")]
    [InlineData("#setup-colleagues", "Wijkteam Noord, noord@gemeente.example", "Dit is geen geldige JSON")]
    [InlineData("#setup-colleagues", """{"id":"team-noord","name":"Wijkteam Noord"}""", "Niet opgeslagen; verbeter het volgende.")]
    [InlineData("#setup-colleagues", """[{"id":42,"name":"Wijkteam Noord","mail":"noord@gemeente.example"}]""", "Niet opgeslagen; verbeter het volgende.")]
    [InlineData("#setup-colleagues", """["team-noord"]""", "Niet opgeslagen; verbeter het volgende.")]
    [InlineData("#setup-colleagues", """[{"id":"team-noord","name":"Wijkteam Noord","roles":"DistrictTeam"}]""", "Dit is geen geldige JSON")]
    public void SetupInputThatCannotBeReadIsFailedShownAndStoresNothing(string field, string typed, string shown)
    {
        var page = RenderAsAdministrator();
        page.WaitForElement("#setup-colleagues-save");

        page.Change(field, typed);
        SubmitFormOf(page, field + "-save");

        page.WaitForAssertion(() => Assert.Contains(shown, page.Find("#setup-message").TextContent, StringComparison.Ordinal));
        Assert.Equal(0, Network.Saves);
        Assert.Null(Colleagues.Find(new ColleagueId("team-noord")));
        PageAuditAssert.Recorded(
            Audit.Records,
            ReferralTabTown.UserFor(Beheerder),
            ("tab:audit.search", "auditDay", "2026-11-28", AuditResult.Allowed),
            (field == "#setup-colleagues" ? "tab:admin.colleagues" : "tab:admin.municipality", "municipality", "GM0202", AuditResult.Failed));
        PageAuditAssert.HoldsNone(Audit.Records, "Arnhem", "Wijkteam Noord", "noord");
    }

    [Fact]
    public async Task DeletingARoutingRuleAfterTheRoleWasTakenAwayIsDeniedAndTheRuleStays()
    {
        var rule = new RoutingRule("meedoen", "GM0202.W1", ReferralTabTown.Megan.Id);
        await Routing.SaveAsync("GM0202", rule, CancellationToken.None);
        var page = RenderAsAdministrator();
        page.WaitForElement("#rule-delete-meedoen-GM0202-W1");
        await TakeTheRoleAwayAsync();

        page.Click("#rule-delete-meedoen-GM0202-W1");

        page.WaitForAssertion(() => Assert.Contains("u bent geen beheerder meer", page.Find("#routing-message").TextContent, StringComparison.Ordinal));
        Assert.Equal([rule], Routing.Rules);
        PageAuditAssert.Recorded(
            Audit.Records,
            ReferralTabTown.UserFor(Beheerder),
            ("tab:audit.search", "auditDay", "2026-11-28", AuditResult.Allowed),
            ("tab:admin.routingRule.delete", "routingRule", "meedoen|GM0202.W1", AuditResult.Denied));
    }

    [Fact]
    public async Task DeletingARuleSomeoneElseDeletedFirstIsFailed()
    {
        var rule = new RoutingRule("meedoen", "GM0202.W1", ReferralTabTown.Megan.Id);
        await Routing.SaveAsync("GM0202", rule, CancellationToken.None);
        var page = RenderAsAdministrator();
        page.WaitForElement("#rule-delete-meedoen-GM0202-W1");
        await Routing.DeleteAsync("GM0202", rule.Theme, rule.Scope, CancellationToken.None);

        page.Click("#rule-delete-meedoen-GM0202-W1");

        page.WaitForAssertion(() => Assert.Contains("Deze regel was al verwijderd.", page.Find("#routing-message").TextContent, StringComparison.Ordinal));
        Assert.Empty(page.FindAll("#routing-table"));
        PageAuditAssert.Recorded(
            Audit.Records,
            ReferralTabTown.UserFor(Beheerder),
            ("tab:audit.search", "auditDay", "2026-11-28", AuditResult.Allowed),
            ("tab:admin.routingRule.delete", "routingRule", "meedoen|GM0202.W1", AuditResult.Failed));
    }
}
