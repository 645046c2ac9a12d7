using System.Globalization;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Wijkverbinder.Domain.Audit;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.Domain.Programme;
using Wijkverbinder.Domain.Successes;
using Wijkverbinder.Tabs.Tests.Fakes;
using Wijkverbinder.Tabs.Tests.Referrals;
using Wijkverbinder.TeamsApp.Tabs.Programme;

namespace Wijkverbinder.Tabs.Tests.ProgrammeTab;

/// <summary>The programme page records its read (contact persons, the podium's stories) and each change, ids only.</summary>
public sealed class ProgrammePageAuditTests : TabTestContext
{
    private static readonly AreaId Noord = ReferralTabTown.Town.Areas[0].Id;

    private static readonly Initiative Garden = new()
    {
        Id = new MemberId(Noord, new string('1', 32)), Name = "Buurtmoestuin", Districts = [ReferralTabTown.District], Themes = ["armoede"],
        JoinedOn = new DateOnly(2026, 1, 1),
    };

    private static readonly Person Initiator = new()
    {
        Id = new MemberId(Noord, new string('2', 32)), Name = "Fatima Amrani", Districts = [ReferralTabTown.District], Themes = ["armoede"],
        JoinedOn = new DateOnly(2026, 1, 1), Roles = [PersonRole.Initiator], Email = "fatima@example.org", ShowContactDetails = true,
        ConsentRecordedOn = new DateOnly(2026, 2, 1),
    };

    private readonly ReferralTabTown town = new();
    private readonly InMemoryProgrammeStore goals = new();
    private readonly InMemorySuccessStore successes = new();

    public ProgrammePageAuditTests()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("nl");
        town.AddTo(Services);
        town.Network.Members.AddRange([Garden, Initiator]);
        town.Network.Ties.Add(new Tie { From = Initiator.Id, To = Garden.Id, Type = TieType.MemberOf, Since = new DateOnly(2026, 1, 1), LastContactOn = new DateOnly(2026, 1, 1) });
        var clock = new FixedClock(ReferralTabTown.Now);
        Services.AddSingleton(new ProgrammeService(goals, town.Network, clock));
        Services.AddSingleton<ProgrammeTabQueries>();
        Services.AddSingleton<ISuccessStore>(successes);
        Services.AddSingleton(new SuccessService(successes, town.Network, clock));
    }

    [Fact]
    public void TheReadTheGoalsAndTheSuccessAreRecordedWithTheAreaAndThemeOnly()
    {
        var alex = ReferralTabTown.UserFor(ReferralTabTown.Alex);
        var page = RenderFor<ProgrammePage>(alex);
        page.WaitForElement("[data-contact]");
        Assert.Contains("Fatima Amrani", page.Markup, StringComparison.Ordinal);

        page.Change("#goals-armoede", "Meer vrijwilligers");
        page.Submit("[data-goals-form=armoede]");
        page.WaitForAssertion(() => Assert.Single(goals.Changes));

        page.Change("#success-story", "Het oogstfeest van Fatima trok tachtig buren.");
        page.Find("#success-save").Closest("form")!.Submit();
        page.WaitForAssertion(() => Assert.Single(successes.All));

        var area = Noord.ToString();
        page.WaitForAssertion(() => PageAuditAssert.Recorded(
            PageAuditLog.Records,
            alex,
            ("tab:programme.show", "programme", area, AuditResult.Allowed),
            ("tab:programme.goals", "theme", "armoede", AuditResult.Allowed),
            ("tab:programme.show", "programme", area, AuditResult.Allowed),
            ("tab:programme.success", "programme", area, AuditResult.Allowed),
            ("tab:programme.show", "programme", area, AuditResult.Allowed)));
        PageAuditAssert.HoldsNone(PageAuditLog.Records, "Fatima", "Amrani", "fatima@", "vrijwilligers", "oogstfeest", "Buurtmoestuin");
    }

    [Fact]
    public async Task ASaveBySomeoneOutsideTheAreasWijkteamIsDeniedAndChangesNothing()
    {
        var megan = ReferralTabTown.UserFor(ReferralTabTown.Megan);
        var area = ReferralTabTown.Town.Areas[0];
        var programme = await Services.GetRequiredService<ProgrammeService>().GetAsync(ReferralTabTown.Town, area, CancellationToken.None);
        var editor = RenderFor<GoalsEditor>(megan, p => p
            .Add(e => e.Theme, programme.Themes.Single(t => t.Theme.Id == "armoede"))
            .Add(e => e.Area, area)
            .Add(e => e.Municipality, ReferralTabTown.Town));
        var podium = RenderFor<Podium>(megan, p => p
            .Add(e => e.Area, area)
            .Add(e => e.Successes, [])
            .Add(e => e.Initiatives, [.. programme.Themes.SelectMany(t => t.Initiatives)])
            .Add(e => e.MayEdit, true));

        editor.Change("#goals-armoede", "Iets anders");
        editor.Submit("form");
        podium.Change("#success-story", "Een verhaal");
        podium.Submit("form");

        podium.WaitForAssertion(() => PageAuditAssert.Recorded(
            PageAuditLog.Records,
            megan,
            ("tab:programme.goals", "theme", "armoede", AuditResult.Denied),
            ("tab:programme.success", "programme", area.Id.ToString(), AuditResult.Denied)));
        Assert.Empty(goals.Changes);
        Assert.Empty(successes.All);
        Assert.Contains("u werkt niet in deze wijk", editor.Find("[role=alert]").TextContent, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void AnAreaTheUserMayNotSeeInTheAddressOfAChannelTabGetsTheRefusalAndIsRecordedAsFailed()
    {
        // A channel tab saved in another municipality's tenant, or an area since removed: nothing of it is read.
        Services.GetRequiredService<Microsoft.AspNetCore.Components.NavigationManager>().NavigateTo("/tabs/programme?area=GM0363.W1");
        var alex = ReferralTabTown.UserFor(ReferralTabTown.Alex);

        var page = RenderFor<ProgrammePage>(alex);

        page.WaitForElement("[data-refusal]");
        Assert.Empty(page.FindAll("section.programme-theme"));
        Assert.DoesNotContain("Buurtmoestuin", page.Markup, StringComparison.Ordinal);
        PageAuditAssert.Recorded(PageAuditLog.Records, alex, ("tab:programme.show", "programme", "GM0363.W1", AuditResult.Failed));
    }
}
