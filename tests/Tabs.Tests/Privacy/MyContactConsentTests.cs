using System.Globalization;
using Bunit;
using Wijkverbinder.Domain.Audit;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.Tabs.Tests.Referrals;
using Wijkverbinder.TeamsApp.Tabs.Privacy;
using Wijkverbinder.TeamsApp.Tabs.Referrals;

namespace Wijkverbinder.Tabs.Tests.Privacy;

public sealed class MyContactConsentTests : TabTestContext
{
    private static readonly AreaId Noord = new("GM0202", "W1");

    private readonly ReferralTabTown town = new();

    public MyContactConsentTests()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("nl");
        town.AddTo(Services);
    }

    [Fact]
    public void ShowsOnlyTheUsersOwnEntriesAndGivesAndWithdrawsTheirConsent()
    {
        var mine = Person("0000000000000000000000000000000a", "Megan Bowen", ReferralTabTown.Megan.Mail.ToUpperInvariant());
        var someoneElse = Person("0000000000000000000000000000000b", "Kees de Vries", ReferralTabTown.Kees.Mail);
        town.Network.Members.AddRange([mine, someoneElse]);

        var page = RenderFor<MyReferralsPage>(ReferralTabTown.UserFor(ReferralTabTown.Megan));

        page.WaitForAssertion(() => Assert.Single(page.FindAll(".consent-entries li")));
        Assert.Contains("Niet zichtbaar", page.Find($"#consent-{mine.Id.Local}").TextContent, StringComparison.Ordinal);
        Assert.Empty(page.FindAll($"#consent-{someoneElse.Id.Local}"));

        page.Click($"#consent-toggle-{mine.Id.Local}");

        page.WaitForAssertion(() => Assert.Contains("Zichtbaar voor het netwerk", page.Find($"#consent-{mine.Id.Local}").TextContent, StringComparison.Ordinal));
        var stored = Assert.IsType<Person>(town.Network.Members[0]);
        Assert.Equal((true, ReferralTabTown.Today), (stored.ShowContactDetails, stored.ConsentRecordedOn));

        page.Click($"#consent-toggle-{mine.Id.Local}");

        page.WaitForAssertion(() => Assert.Contains("ingetrokken", page.Find("#consent-outcome").TextContent, StringComparison.Ordinal));
        Assert.False(((Person)town.Network.Members[0]).ShowContactDetails);
        Assert.False(((Person)town.Network.Members[1]).ShowContactDetails);
    }

    [Fact]
    public void TheListAndEachChoiceAreRecordedAndAChoiceOnAnEntryThatIsNoLongerTheirsIsDenied()
    {
        var mine = Person("0000000000000000000000000000000a", "Megan Bowen", ReferralTabTown.Megan.Mail);
        town.Network.Members.Add(mine);
        var megan = ReferralTabTown.UserFor(ReferralTabTown.Megan);
        var section = RenderFor<MyContactConsent>(megan, p => p.Add(c => c.Me, ReferralTabTown.Megan).Add(c => c.MunicipalityCode, "GM0202"));

        section.WaitForElement($"#consent-toggle-{mine.Id.Local}");
        section.Click($"#consent-toggle-{mine.Id.Local}");
        section.WaitForAssertion(() => Assert.True(((Person)town.Network.Members[0]).ShowContactDetails));

        // The entry's address is corrected to someone else's while the page is open: withdrawing is no longer hers to do.
        town.Network.Members[0] = (Person)town.Network.Members[0] with { Email = ReferralTabTown.Kees.Mail };
        section.Click($"#consent-toggle-{mine.Id.Local}");

        section.WaitForAssertion(() => PageAuditAssert.Recorded(
            PageAuditLog.Records,
            megan,
            ("tab:consent.list", "member", null, AuditResult.Allowed),
            ("tab:consent.give", "member", mine.Id.ToString(), AuditResult.Allowed),
            ("tab:consent.withdraw", "member", mine.Id.ToString(), AuditResult.Denied)));
        Assert.True(((Person)town.Network.Members[0]).ShowContactDetails);
        PageAuditAssert.HoldsNone(PageAuditLog.Records, "Megan", ReferralTabTown.Megan.Mail, ReferralTabTown.Kees.Mail, "026-1234567");
    }

    [Fact]
    public void SaysSoWhenTheUserHasNoEntry()
    {
        var page = RenderFor<MyReferralsPage>(ReferralTabTown.UserFor(ReferralTabTown.Alex));

        page.WaitForAssertion(() => Assert.Contains("geen persoon met uw werkmail", page.Find("#consent-none").TextContent, StringComparison.Ordinal));
    }

    private static Person Person(string local, string name, string mail) => new()
    {
        Id = new MemberId(Noord, local),
        Name = name,
        Districts = [ReferralTabTown.District],
        JoinedOn = ReferralTabTown.Today.AddYears(-1),
        Roles = [PersonRole.Resident],
        Email = mail,
        Phone = "026-1234567",
        Version = "v1",
    };
}
