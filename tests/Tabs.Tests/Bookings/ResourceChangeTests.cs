using System.Globalization;
using Bunit;
using Wijkverbinder.Domain.Audit;
using Wijkverbinder.Domain.Bookings;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Tabs.Tests.Budget;
using Wijkverbinder.TeamsApp.Tabs.Bookings;
using static Wijkverbinder.Tabs.Tests.Budget.BudgetTabTown;

namespace Wijkverbinder.Tabs.Tests.Bookings;

/// <summary>
/// Changing a shared resource on the resources page: its area's wijkmanager renames it and hands it to another
/// wijkmanager; a change saved by someone else meanwhile is refused above the form and keeps theirs; only who may
/// register for its area gets the form. Every attempt is a page audit record.
/// </summary>
public sealed class ResourceChangeTests : TabTestContext
{
    private static readonly ResourceId TentId = new("GM0202", "partytent");
    private readonly BudgetTabTown town = new();

    public ResourceChangeTests()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("nl");
        town.AddTo(Services);
        town.Bookings.Put(new SharedResource { Id = TentId, Name = "Partytent", Description = "Tent van 6 bij 3 meter", Area = North, Approver = Wendy.Id });
    }

    [Fact]
    public void TheAreasWijkmanagerRenamesTheResourceAndHandsItToAnotherWijkmanager()
    {
        var page = Open(Wendy);

        page.Change("#change-partytent-name", "Grote partytent");
        page.Change("#change-partytent-approver", Zara.Id.Value);
        page.Find("#change-partytent-submit").Closest("form")!.Submit();

        page.WaitForAssertion(() => Assert.Contains("Grote partytent is gewijzigd.", page.Find("#booking-saved").TextContent, StringComparison.Ordinal));
        var stored = Assert.Single(town.Bookings.Resources);
        Assert.Equal(("Grote partytent", "Tent van 6 bij 3 meter", North, Zara.Id), (stored.Name, stored.Description, stored.Area, stored.Approver));
        page.WaitForAssertion(() => Assert.Equal("Grote partytent", page.Find("#resource-partytent").TextContent));
        var record = Assert.Single(PageAuditLog.Records, r => r.Action == "tab:resource.change");
        Assert.Equal((TentId.ToString(), AuditResult.Allowed), (record.ObjectId, record.Result));
    }

    [Fact]
    public void AChangeSavedBySomeoneElseMeanwhileIsRefusedAndKeepsTheirs()
    {
        var page = Open(Wendy);
        town.Bookings.Put(town.Bookings.Resources.Single() with { Name = "Tent van Bea" });

        page.Change("#change-partytent-name", "Grote partytent");
        page.Find("#change-partytent-submit").Closest("form")!.Submit();

        page.WaitForAssertion(() => Assert.Contains("Iemand anders heeft dit middel net gewijzigd", page.Find("#change-partytent-problem").TextContent, StringComparison.Ordinal));
        Assert.Equal("Tent van Bea", Assert.Single(town.Bookings.Resources).Name);
        Assert.Equal(AuditResult.Failed, Assert.Single(PageAuditLog.Records, r => r.Action == "tab:resource.change").Result);
    }

    [Theory]
    [InlineData("Alex")]
    [InlineData("Zara")]
    public void OnlyWhoMayRegisterForItsAreaGetsTheForm(string who)
    {
        var page = Open(who == "Alex" ? Alex : Zara);

        Assert.NotNull(page.Find("#resource-partytent"));
        Assert.Empty(page.FindAll("#change-partytent"));
        Assert.NotNull(Open(Beheer).Find("#change-partytent"));
    }

    private IRenderedComponent<BookingsPage> Open(Colleague colleague)
    {
        var page = RenderFor<BookingsPage>(UserFor(colleague));
        page.WaitForElement("#month-title, #bookings-none");
        return page;
    }
}
