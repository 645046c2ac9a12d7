using System.Globalization;
using Bunit;
using Wijkverbinder.Domain.Audit;
using Wijkverbinder.Domain.Bookings;
using Wijkverbinder.Tabs.Tests.Budget;
using Wijkverbinder.TeamsApp.Tabs.Bookings;
using static Wijkverbinder.Tabs.Tests.Budget.BudgetTabTown;

namespace Wijkverbinder.Tabs.Tests.Bookings;

/// <summary>
/// Registering a shared resource on the resources page: a wijkmanager registers one for an area with a wijkmanager as
/// approver and it is listed; the domain's refusals show at their fields with nothing stored; a wijkteam member gets
/// no form, and someone who lost the role is refused. Every attempt is a page audit record.
/// </summary>
public sealed class ResourceRegistrationTests : TabTestContext
{
    private readonly BudgetTabTown town = new();

    public ResourceRegistrationTests()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("nl");
        town.AddTo(Services);
    }

    [Fact]
    public void AManagerRegistersAResourceForAnAreaAndItIsListed()
    {
        var page = Open(Wendy);
        Assert.NotNull(page.Find("#bookings-none"));
        Assert.Equal(["", Wendy.Id.Value, Zara.Id.Value], page.FindAll("#new-resource-approver option").Select(o => o.GetAttribute("value")));

        page.Change("#new-resource-name", "Partytent");
        page.Change("#new-resource-description", "Tent van 6 bij 3 meter");
        page.Change("#new-resource-area", North.ToString());
        page.Change("#new-resource-approver", Wendy.Id.Value);
        page.Find("#new-resource-submit").Closest("form")!.Submit();

        page.WaitForAssertion(() => Assert.Contains("Partytent is geregistreerd.", page.Find("#booking-saved").TextContent, StringComparison.Ordinal));
        var stored = Assert.Single(town.Bookings.Resources);
        Assert.Equal(("GM0202.R.partytent", "Tent van 6 bij 3 meter", North, Wendy.Id), (stored.Id.ToString(), stored.Description, stored.Area, stored.Approver));
        page.WaitForAssertion(() => Assert.Equal("Partytent", page.Find("#resource-partytent").TextContent));
        var record = Assert.Single(PageAuditLog.Records, r => r.Action == "tab:resource.register");
        Assert.Equal(("GM0202.R.partytent", AuditResult.Allowed), (record.ObjectId, record.Result));
    }

    [Fact]
    public void AMissingNameAndAnApproverWhoIsNoWijkmanagerAreRefusedAtTheirFieldsAndNothingIsStored()
    {
        var page = Open(Beheer);

        page.Change("#new-resource-approver", Beheer.Id.Value);
        page.Find("#new-resource-submit").Closest("form")!.Submit();

        page.WaitForAssertion(() => Assert.Contains("Dit veld is verplicht.", page.Find("#new-resource-name-error").TextContent, StringComparison.Ordinal));
        Assert.Contains("Dit kan alleen een wijkmanager", page.Find("#new-resource-approver-error").TextContent, StringComparison.Ordinal);
        Assert.Equal("true", page.Find("#new-resource-name").GetAttribute("aria-invalid"));
        Assert.Empty(town.Bookings.Resources);
        Assert.Equal(AuditResult.Failed, Assert.Single(PageAuditLog.Records, r => r.Action == "tab:resource.register").Result);
    }

    [Fact]
    public void AWijkteamMemberGetsNoFormAndAManagerWhoLostTheRoleIsRefused()
    {
        Assert.Empty(Open(Alex).FindAll("#new-resource-form"));

        var page = Open(Zara);
        town.Demote(Zara);
        page.Change("#new-resource-name", "Geluidsset");
        page.Change("#new-resource-approver", Wendy.Id.Value);
        page.Find("#new-resource-submit").Closest("form")!.Submit();

        page.WaitForAssertion(() => Assert.Contains("Dit kan alleen een wijkmanager", page.Find("#new-resource-problem").TextContent, StringComparison.Ordinal));
        Assert.Empty(town.Bookings.Resources);
        Assert.Equal(AuditResult.Denied, Assert.Single(PageAuditLog.Records, r => r.Action == "tab:resource.register").Result);
    }

    private IRenderedComponent<BookingsPage> Open(Wijkverbinder.Domain.Colleagues.Colleague colleague)
    {
        var page = RenderFor<BookingsPage>(UserFor(colleague));
        page.WaitForElement("#month-title, #bookings-none");
        return page;
    }
}
