using System.Globalization;
using Bunit;
using Wijkverbinder.Domain.Meetings;
using Wijkverbinder.TeamsApp.Tabs.Meetings;
using static Wijkverbinder.Tabs.Tests.Meetings.MeetingTabTown;

namespace Wijkverbinder.Tabs.Tests.Meetings;

/// <summary>The plan form: suggestions from the network, and every refusal of the domain at its field with nothing stored.</summary>
public sealed class MeetingFormTests : TabTestContext
{
    private readonly MeetingTabTown town = new();

    public MeetingFormTests()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("nl");
        town.AddTo(Services);
    }

    [Fact]
    public void SuggestionsAreGroupedByKindMarkedNewAndNotMetAndChosenByDefault()
    {
        var page = OpenForm();

        page.Change("#meeting-scope", Centrum);
        page.Change("#meeting-theme-armoede", true);

        page.WaitForAssertion(() => Assert.Equal(["Initiative", "Partner", "Colleague"], page.FindAll(".invitee-group").Select(g => g.GetAttribute("data-group"))));
        var garden = page.Find($"[data-invitee='{Garden.Id}']");
        Assert.Contains("nieuw", garden.TextContent, StringComparison.Ordinal);
        Assert.Contains("een jaar niet ontmoet", garden.TextContent, StringComparison.Ordinal);
        var partners = page.FindAll("[data-group='Partner'] [data-invitee]");
        Assert.Equal(["Buurthuis De Kroon", "Voedselbank"], partners.Select(p => p.TextContent.Trim()));
        Assert.Empty(page.FindAll($"[data-invitee='{Resident.Id}']"));
        Assert.All(page.FindAll("[data-group='Initiative'] input, [data-group='Partner'] input"), box => Assert.True(box.HasAttribute("checked")));
        Assert.Contains("3 genodigden gekozen", page.Find("#meeting-chosen").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void AValidPlanIsStoredWithTheChosenInviteesAndOpens()
    {
        var page = OpenForm();
        FillValid(page);
        page.Change($"[data-invitee='{FoodBank.Id}'] input", false);
        page.Change("#meeting-colleague", Megan.Id.Value);
        page.Click("#meeting-colleague-add");

        Submit(page);

        page.WaitForElement("#meeting-saved");
        var stored = Assert.Single(town.Meetings.All);
        Assert.Equal(
            new[] { InviteeRef.For(Garden.Id), InviteeRef.For(CommunityCentre.Id), InviteeRef.For(Megan.Id) }.Select(r => r.ToString()).Order(StringComparer.Ordinal),
            stored.Invitees.Select(i => i.Ref.ToString()).Order(StringComparer.Ordinal));
        // 19:30 in Amsterdam on 10 December is 18:30 UTC.
        Assert.Equal(new DateTimeOffset(2026, 12, 10, 18, 30, 0, TimeSpan.Zero), stored.Start);
        Assert.Equal((Alex.Id, MeetingStatus.Planned), (stored.Organiser, stored.Status));
        page.WaitForAssertion(() => Assert.Equal("Armoede in de wijk", page.Find("#meeting-details-title").TextContent));
    }

    [Fact]
    public void AMeetingInThePastIsRefusedAtTheDateAndNothingIsStored()
    {
        var page = OpenForm();
        FillValid(page);
        page.Change("#meeting-date", "2026-11-20");

        Submit(page);

        page.WaitForAssertion(() => Assert.Contains("verleden", page.Find("#meeting-start-error").TextContent, StringComparison.Ordinal));
        Assert.Equal("true", page.Find("#meeting-date").GetAttribute("aria-invalid"));
        Assert.NotNull(page.Find("#meeting-form-problem"));
        Assert.Equal(0, town.Meetings.Saves);
    }

    [Fact]
    public void AnEndBeforeTheStartIsRefusedAtTheEndAndNothingIsStored()
    {
        var page = OpenForm();
        FillValid(page);
        page.Change("#meeting-end", "18:00");

        Submit(page);

        page.WaitForAssertion(() => Assert.Contains("Het einde moet na het begin liggen.", page.Find("#meeting-end-error").TextContent, StringComparison.Ordinal));
        Assert.Empty(page.FindAll("#meeting-start-error"));
        Assert.Equal(0, town.Meetings.Saves);
    }

    [Fact]
    public void AMeetingWithoutInviteesIsRefusedAtTheInviteesAndNothingIsStored()
    {
        var page = OpenForm();
        FillValid(page);
        foreach (var id in new[] { Garden.Id, CommunityCentre.Id, FoodBank.Id })
        {
            page.Change($"[data-invitee='{id}'] input", false);
        }

        Submit(page);

        page.WaitForAssertion(() => Assert.Contains("Nodig minstens één persoon of partij uit.", page.Find("#meeting-invitees-error").TextContent, StringComparison.Ordinal));
        Assert.Equal(0, town.Meetings.Saves);
    }

    [Fact]
    public void AnUnknownDistrictIsRefusedAtTheScopeAndNothingIsStored()
    {
        var page = OpenForm();
        FillValid(page);
        page.Change("#meeting-scope", "WK999999");

        Submit(page);

        page.WaitForAssertion(() => Assert.Single(page.FindAll("#meeting-scope-error .field-error")));
        Assert.Equal("true", page.Find("#meeting-scope").GetAttribute("aria-invalid"));
        Assert.Equal(0, town.Meetings.Saves);
    }

    [Fact]
    public void TheScopesOfferedAreTheDistrictsTheUserWorksInAndTheAreasTheyWorkInWhole()
    {
        var alex = OpenForm();
        Assert.Equal(["", Centrum], alex.FindAll("#meeting-scope option").Select(o => o.GetAttribute("value")));

        var wendy = RenderFor<MeetingsPage>(UserFor(Wendy));
        wendy.WaitForElement("#plan-meeting");
        wendy.Click("#plan-meeting");
        wendy.WaitForElement("#meeting-scope");
        Assert.Equal(["", North.ToString(), Centrum, Haven], wendy.FindAll("#meeting-scope option").Select(o => o.GetAttribute("value")));
    }

    private IRenderedComponent<MeetingsPage> OpenForm()
    {
        var page = RenderFor<MeetingsPage>(UserFor(Alex));
        page.WaitForElement("#plan-meeting");
        page.Click("#plan-meeting");
        page.WaitForElement("#meeting-title");
        return page;
    }

    private static void FillValid(IRenderedComponent<MeetingsPage> page)
    {
        page.Change("#meeting-title", "Armoede in de wijk");
        page.Change("#meeting-scope", Centrum);
        page.Change("#meeting-theme-armoede", true);
        page.Change("#meeting-date", "2026-12-10");
        page.Change("#meeting-start", "19:30");
        page.Change("#meeting-end", "21:00");
        page.Change("#meeting-location", "Buurthuis De Kroon");
        page.WaitForElement($"[data-invitee='{Garden.Id}']");
    }

    private static void Submit(IRenderedComponent<MeetingsPage> page) => page.Find("#meeting-save").Closest("form")!.Submit();
}
