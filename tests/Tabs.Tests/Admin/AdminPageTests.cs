using System.Globalization;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Wijkverbinder.Domain.Audit;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.Domain.Programme;
using Wijkverbinder.Domain.Referrals;
using Wijkverbinder.Notifications;
using Wijkverbinder.Tabs.Tests.Fakes;
using Wijkverbinder.Tabs.Tests.Referrals;
using Wijkverbinder.TeamsApp.Problems;
using Wijkverbinder.TeamsApp.Tabs.Admin;
using Wijkverbinder.TeamsApp.Tabs.Api.Admin;

namespace Wijkverbinder.Tabs.Tests.Admin;

public sealed class AdminPageTests : AdminTestContext
{
    [Fact]
    public void AColleagueWhoIsNotBeheerderSeesTheRefusalAndNoSettings()
    {
        var page = RenderFor<AdminPage>(ReferralTabTown.UserFor(ReferralTabTown.Megan));

        Assert.Contains("Deze pagina is er niet voor uw rol.", page.Markup, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("#sla-save"));
        Assert.Empty(page.FindAll("#rule-save"));
    }

    [Fact]
    public void WithoutStoredSlasTheDefaultsAreShown()
    {
        var page = RenderAsAdministrator();

        page.WaitForElement("#sla-save");
        Assert.Equal("2", page.Find("#sla-urgent").GetAttribute("value"));
        Assert.Equal("5", page.Find("#sla-high").GetAttribute("value"));
        Assert.Equal("10", page.Find("#sla-normal").GetAttribute("value"));
        Assert.Equal("1", page.Find("#sla-reminder").GetAttribute("value"));
        Assert.Contains("standaardtermijnen", page.Find("#sla-source").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void AnInvalidSlaIsRefusedAtTheFieldsAndNothingIsStored()
    {
        var page = RenderAsAdministrator();
        page.WaitForElement("#sla-save");

        page.Change("#sla-urgent", "8");
        page.Change("#sla-normal", "61");
        SubmitFormOf(page, "#sla-save");

        page.WaitForAssertion(() => Assert.Contains("Kies een getal van 1 tot en met 60.", page.Find("#sla-normal-error").TextContent, StringComparison.Ordinal));
        Assert.Equal("true", page.Find("#sla-normal").GetAttribute("aria-invalid"));
        Assert.Contains("Niet opgeslagen", page.Find("#sla-message").TextContent, StringComparison.Ordinal);
        Assert.Equal(0, Slas.Saves);

        page.Change("#sla-normal", "10");
        SubmitFormOf(page, "#sla-save");

        page.WaitForAssertion(() => Assert.Contains("spoed ≤ hoog ≤ normaal", page.Find("#sla-high-error").TextContent, StringComparison.Ordinal));
        Assert.Empty(page.FindAll("#sla-normal-error"));
        Assert.Equal(0, Slas.Saves);
    }

    [Fact]
    public void ANumberThatIsNotANumberIsRefused()
    {
        var page = RenderAsAdministrator();
        page.WaitForElement("#sla-save");

        page.Change("#sla-reminder", string.Empty);
        SubmitFormOf(page, "#sla-save");

        page.WaitForAssertion(() => Assert.Contains("Kies een getal van 0 tot en met 5.", page.Find("#sla-reminder-error").TextContent, StringComparison.Ordinal));
        Assert.Equal(0, Slas.Saves);
    }

    [Fact]
    public void AValidSlaIsStoredAndTheNextSaveBuildsOnIt()
    {
        var page = RenderAsAdministrator();
        page.WaitForElement("#sla-save");

        page.Change("#sla-urgent", "1");
        page.Change("#sla-high", "3");
        page.Change("#sla-normal", "15");
        page.Change("#sla-reminder", "0");
        SubmitFormOf(page, "#sla-save");

        page.WaitForAssertion(() => Assert.Equal(new ReferralSla(NormalDays: 15, HighDays: 3, UrgentDays: 1, ReminderDaysBefore: 0), Slas.Stored?.Sla));
        Assert.Contains("Opgeslagen.", page.Find("#sla-message").TextContent, StringComparison.Ordinal);

        page.Change("#sla-normal", "20");
        SubmitFormOf(page, "#sla-save");

        page.WaitForAssertion(() => Assert.Equal(20, Slas.Stored?.Sla.NormalDays));
        Assert.Equal(2, Slas.Saves);
    }

    [Fact]
    public void WhenAnotherBeheerderSavedFirstNothingIsOverwrittenAndTheirValuesAreShown()
    {
        var page = RenderAsAdministrator();
        page.WaitForElement("#sla-save");
        Slas.ChangeBehindTheBack(new ReferralSla(NormalDays: 12, HighDays: 6, UrgentDays: 3, ReminderDaysBefore: 2));

        page.Change("#sla-normal", "30");
        SubmitFormOf(page, "#sla-save");

        page.WaitForAssertion(() => Assert.Contains("Iemand anders heeft dit intussen gewijzigd", page.Find("#sla-message").TextContent, StringComparison.Ordinal));
        Assert.Equal(12, Slas.Stored!.Sla.NormalDays);
        Assert.Equal("12", page.Find("#sla-normal").GetAttribute("value"));
        Assert.Equal(0, Slas.Saves);
    }

    [Fact]
    public void AnAreasThemesAreChosenAndStored()
    {
        var page = RenderAsAdministrator();
        page.WaitForElement("#area-themes-save");
        Assert.True(page.Find("#area-theme-armoede").HasAttribute("checked"));

        page.Change("#area-theme-armoede", false);
        SubmitFormOf(page, "#area-themes-save");

        page.WaitForAssertion(() => Assert.Equal(["meedoen"], Network.Municipality.FindArea(W1)!.ThemeIds!));
        Assert.Null(Network.Municipality.FindArea(new AreaId("GM0202", "W2"))!.ThemeIds);
        // The area's programme card follows its themes: one change in the outbox, for that area.
        page.WaitForAssertion(() => Assert.Equal([W1], Programmes.Changes.Select(c => c.Area)));
        Assert.Contains("Het gebied werkt aan de aangevinkte thema's.", page.Find("#area-themes-hint").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void AnAreaWithoutThemesIsRefusedAndNothingIsStored()
    {
        var page = RenderAsAdministrator();
        page.WaitForElement("#area-themes-save");

        page.Change("#area-theme-armoede", false);
        page.Change("#area-theme-meedoen", false);
        SubmitFormOf(page, "#area-themes-save");

        page.WaitForAssertion(() => Assert.Contains("Dit veld is verplicht.", page.Find("#area-themes-error").TextContent, StringComparison.Ordinal));
        Assert.Equal(0, Network.Saves);
        Assert.Empty(Programmes.Changes);
    }

    [Fact]
    public void ANewThemeIsAddedWithItsSlugAndADuplicateIsRefused()
    {
        var page = RenderAsAdministrator();
        page.WaitForElement("#theme-add");

        page.Change("#theme-name", "Leefbaarheid & Veiligheid");
        SubmitFormOf(page, "#theme-add");

        page.WaitForAssertion(() => Assert.Contains(Network.Municipality.Themes, t => t.Id == "leefbaarheid-veiligheid"));
        page.WaitForElement("#area-theme-leefbaarheid-veiligheid");

        page.Change("#theme-name", "Meedoen");
        SubmitFormOf(page, "#theme-add");

        page.WaitForAssertion(() => Assert.Contains("Er is al een thema 'Meedoen'.", page.Find("#theme-name-error").TextContent, StringComparison.Ordinal));
        Assert.Equal(1, Network.Saves);
    }

    [Fact]
    public void ARoutingRuleIsAddedListedAndDeleted()
    {
        var page = RenderAsAdministrator();
        page.WaitForElement("#rule-save");
        Assert.NotEmpty(page.FindAll("#routing-empty"));

        page.Change("#rule-theme", "armoede");
        page.Change("#rule-scope", "GM0202.W1");
        page.Change("#rule-receiver", ReferralTabTown.Megan.Id.Value);
        SubmitFormOf(page, "#rule-save");

        page.WaitForAssertion(() => Assert.Equal([new RoutingRule("armoede", "GM0202.W1", ReferralTabTown.Megan.Id)], Routing.Rules));
        var row = page.Find("#routing-table tbody tr");
        Assert.Contains("Megan Bowen", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("heel gebied Noord", row.TextContent, StringComparison.Ordinal);

        page.Click("#rule-delete-armoede-GM0202-W1");

        page.WaitForAssertion(() => Assert.Empty(Routing.Rules));
        Assert.Empty(page.FindAll("#routing-table"));
    }

    [Fact]
    public async Task ARoutingRuleIsRefusedForTheSameReasonsAsInTheApi()
    {
        await Network.SaveMunicipalityAsync(Programme.SetAreaThemes(Network.Municipality, W1, ["meedoen"]).Value!, CancellationToken.None);
        var page = RenderAsAdministrator();
        page.WaitForElement("#rule-save");

        page.Change("#rule-theme", "armoede");
        page.Change("#rule-scope", ReferralTabTown.District);
        SubmitFormOf(page, "#rule-save");

        page.WaitForAssertion(() => Assert.Contains("Gebied Noord werkt niet aan thema 'armoede'", page.Find("#rule-theme-error").TextContent, StringComparison.Ordinal));
        Assert.Contains("Dit veld is verplicht.", page.Find("#rule-receiver-error").TextContent, StringComparison.Ordinal);
        Assert.Empty(Routing.Rules);
    }

    [Fact]
    public void EachEditorsSaveIsRecordedForTheBeheerderWithTheMunicipalityOrRuleAsObject()
    {
        // The audit section's search of today on opening the page comes first. The SLA's object is the municipality's
        // code (the editor once got the text "municipality.Code" and kept its SLAs under that name).
        var page = RenderAsAdministrator();
        page.WaitForElement("#sla-save");

        page.Change("#sla-urgent", "1");
        page.Change("#sla-high", "3");
        page.Change("#sla-normal", "15");
        page.Change("#sla-reminder", "0");
        SubmitFormOf(page, "#sla-save");
        page.WaitForAssertion(() => Assert.Equal(1, Slas.Saves));
        page.Change("#area-theme-armoede", false);
        SubmitFormOf(page, "#area-themes-save");
        page.WaitForAssertion(() => Assert.Equal(["meedoen"], Network.Municipality.FindArea(W1)!.ThemeIds!));
        page.Change("#area-theme-meedoen", false);
        SubmitFormOf(page, "#area-themes-save");
        page.WaitForElement("#area-themes-error");
        page.Change("#rule-theme", "meedoen");
        page.Change("#rule-scope", "GM0202.W1");
        page.Change("#rule-receiver", ReferralTabTown.Megan.Id.Value);
        SubmitFormOf(page, "#rule-save");
        page.WaitForElement("#rule-delete-meedoen-GM0202-W1");
        page.Click("#rule-delete-meedoen-GM0202-W1");
        page.WaitForAssertion(() => Assert.Empty(Routing.Rules));

        PageAuditAssert.Recorded(
            Audit.Records,
            ReferralTabTown.UserFor(Beheerder),
            ("tab:audit.search", "auditDay", "2026-11-28", AuditResult.Allowed),
            ("tab:admin.sla", "municipality", "GM0202", AuditResult.Allowed),
            ("tab:admin.themes", "municipality", "GM0202", AuditResult.Allowed),
            ("tab:admin.themes", "municipality", "GM0202", AuditResult.Failed),
            ("tab:admin.routingRule.save", "routingRule", "meedoen|GM0202.W1", AuditResult.Allowed),
            ("tab:admin.routingRule.delete", "routingRule", "meedoen|GM0202.W1", AuditResult.Allowed));
        Assert.Equal(1, Network.Saves);
        PageAuditAssert.HoldsNone(Audit.Records, ReferralTabTown.Megan.Name, Beheerder.Name, Beheerder.Mail);
    }

    [Fact]
    public async Task ARoleTakenAwayWhileThePageIsOpenRefusesEveryChangeAndRecordsDenied()
    {
        var page = RenderAsAdministrator();
        page.WaitForElement("#sla-save");
        await TakeTheRoleAwayAsync();

        page.Change("#sla-normal", "15");
        SubmitFormOf(page, "#sla-save");
        page.WaitForAssertion(() => Assert.Contains("u bent geen beheerder meer", page.Find("#sla-message").TextContent, StringComparison.Ordinal));
        page.Change("#theme-name", "Groen");
        SubmitFormOf(page, "#theme-add");
        page.Change("#rule-theme", "meedoen");
        page.Change("#rule-scope", "GM0202.W1");
        page.Change("#rule-receiver", ReferralTabTown.Megan.Id.Value);
        SubmitFormOf(page, "#rule-save");
        page.WaitForAssertion(() => Assert.Equal(4, Audit.Records.Count));

        Assert.Equal((0, 0), (Slas.Saves, Network.Saves));
        Assert.Empty(Routing.Rules);
        Assert.DoesNotContain(Network.Municipality.Themes, t => t.Name == "Groen");
        PageAuditAssert.Recorded(
            Audit.Records,
            ReferralTabTown.UserFor(Beheerder),
            ("tab:audit.search", "auditDay", "2026-11-28", AuditResult.Allowed),
            ("tab:admin.sla", "municipality", "GM0202", AuditResult.Denied),
            ("tab:admin.themes", "municipality", "GM0202", AuditResult.Denied),
            ("tab:admin.routingRule.save", "routingRule", "meedoen|GM0202.W1", AuditResult.Denied));
    }

    [Fact]
    public void RefusedInputIsRecordedAsFailedWithKnownIdsOnly()
    {
        var page = RenderAsAdministrator();
        page.WaitForElement("#sla-save");

        page.Change("#sla-normal", "61");
        SubmitFormOf(page, "#sla-save");
        page.WaitForElement("#sla-normal-error");
        page.Change("#rule-theme", "armoede");
        page.Change("#rule-scope", ReferralTabTown.District);
        SubmitFormOf(page, "#rule-save");
        page.WaitForElement("#rule-receiver-error");

        PageAuditAssert.Recorded(
            Audit.Records,
            ReferralTabTown.UserFor(Beheerder),
            ("tab:audit.search", "auditDay", "2026-11-28", AuditResult.Allowed),
            ("tab:admin.sla", "municipality", "GM0202", AuditResult.Failed),
            ("tab:admin.routingRule.save", "routingRule", $"armoede|{ReferralTabTown.District}", AuditResult.Failed));
        Assert.Equal(0, Slas.Saves);
        Assert.Empty(Routing.Rules);
    }

    [Fact]
    public void ColleaguesPastedAsJsonAreAllCheckedBeforeAnyIsStored()
    {
        var page = RenderFor<AdminPage>(ReferralTabTown.UserFor(Beheerder));
        page.WaitForAssertion(() => page.Find("#setup-colleagues"));

        page.Change("#setup-colleagues", """[{"id":"team-noord","name":"Wijkteam Noord","mail":"noord@gemeente.example","roles":["DistrictTeam"],"districts":["WK020201"]},{"id":"team-zuid","name":"","mail":"zuid@gemeente.example","districts":["WK999999"]}]""");
        SubmitFormOf(page, "#setup-colleagues-save");

        page.WaitForAssertion(() => Assert.Contains("Niet opgeslagen", page.Find("#setup-message").TextContent, StringComparison.Ordinal));
        Assert.Contains("[1].name", page.Find("#setup-errors").TextContent, StringComparison.Ordinal);
        Assert.Null(Colleagues.Find(new ColleagueId("team-noord")));

        page.Change("#setup-colleagues", """[{"id":"team-noord","name":"Wijkteam Noord","mail":"noord@gemeente.example","roles":["DistrictTeam"],"districts":["WK020201"]}]""");
        SubmitFormOf(page, "#setup-colleagues-save");

        page.WaitForAssertion(() => Assert.Contains("1 collega's opgeslagen", page.Find("#setup-message").TextContent, StringComparison.Ordinal));
        Assert.Equal("Wijkteam Noord", Colleagues.Find(new ColleagueId("team-noord"))!.Name);
    }
}
