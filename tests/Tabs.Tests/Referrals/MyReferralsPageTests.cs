using System.Globalization;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Wijkverbinder.Domain.Audit;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Referrals;
using Wijkverbinder.TeamsApp.Tabs.Referrals;

namespace Wijkverbinder.Tabs.Tests.Referrals;

public sealed class MyReferralsPageTests : TabTestContext
{
    private readonly ReferralTabTown town = new();

    public MyReferralsPageTests()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("nl");
        town.AddTo(Services);
    }

    [Fact]
    public void SplitsWhatIHandleFromWhatISentAndSortsEachByDueDate()
    {
        var later = town.Add("1", "Later", ReferralTabTown.Alex, ReferralTabTown.Megan, dueInDays: 8);
        var overdue = town.Add("2", "Te laat", ReferralTabTown.Alex, ReferralTabTown.Megan, dueInDays: -1, ReferralStatus.Accepted);
        var soon = town.Add("3", "Binnenkort", ReferralTabTown.Alex, ReferralTabTown.Megan, dueInDays: 2);
        var sent = town.Add("4", "Door mij verstuurd", ReferralTabTown.Megan, ReferralTabTown.Kees, dueInDays: 5);
        town.Add("5", "Niet van mij", ReferralTabTown.Alex, ReferralTabTown.Kees, dueInDays: 1);

        var page = RenderFor<MyReferralsPage>(ReferralTabTown.UserFor(ReferralTabTown.Megan));

        page.WaitForAssertion(() => Assert.Equal(
            [overdue.Id.ToString(), soon.Id.ToString(), later.Id.ToString()],
            page.FindAll("#to-handle-table tbody tr").Select(r => r.GetAttribute("data-referral"))));
        Assert.Equal([sent.Id.ToString()], page.FindAll("#sent-table tbody tr").Select(r => r.GetAttribute("data-referral")));
        var overdueRow = page.Find($"#to-handle-table tr[data-referral='{overdue.Id}']");
        Assert.Contains("(verlopen)", overdueRow.TextContent, StringComparison.Ordinal);
        Assert.Contains("in behandeling", overdueRow.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("verlopen", page.Find($"#to-handle-table tr[data-referral='{soon.Id}']").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void SelectingAReferralShowsItsFullHistoryWithNamesAndDutchTimes()
    {
        var referral = town.Add("1", "Hulp bij formulieren", ReferralTabTown.Alex, ReferralTabTown.Megan, dueInDays: 8);
        var page = RenderFor<MyReferralsPage>(ReferralTabTown.UserFor(ReferralTabTown.Megan));

        page.WaitForElement($"#open-{referral.Id.Local}");
        page.Click($"#open-{referral.Id.Local}");

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("#referral-history tbody tr").Count));
        var rows = page.FindAll("#referral-history tbody tr");
        Assert.Contains("Alex Wilber", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("verwezen", rows[0].TextContent, StringComparison.Ordinal);
        // 2026-11-23 09:00 UTC is 10:00 in Amsterdam (winter time).
        Assert.Equal("2026-11-23T10:00+01:00", rows[0].QuerySelector("time")!.GetAttribute("datetime"));
        Assert.Contains("Wijkverbinder", rows[1].TextContent, StringComparison.Ordinal);
        Assert.Contains("bezorgd", rows[1].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void TheReceiverGetsTheActionsTheLifecycleAllowsAndTheReferrerNone()
    {
        var referral = town.Add("1", "Hulp", ReferralTabTown.Alex, ReferralTabTown.Megan, dueInDays: 8);

        var asReceiver = RenderFor<MyReferralsPage>(ReferralTabTown.UserFor(ReferralTabTown.Megan));
        asReceiver.WaitForElement($"#open-{referral.Id.Local}");
        asReceiver.Click($"#open-{referral.Id.Local}");
        asReceiver.WaitForElement("#referral-history");
        Assert.NotEmpty(asReceiver.FindAll("#action-accept"));
        Assert.NotEmpty(asReceiver.FindAll("#action-decline"));
        Assert.NotEmpty(asReceiver.FindAll("#action-forward"));
        Assert.NotEmpty(asReceiver.FindAll("#action-request-information"));
        Assert.Empty(asReceiver.FindAll("#action-complete"));
        Assert.Empty(asReceiver.FindAll("#action-provide-information"));

        var asReferrer = RenderFor<MyReferralsPage>(ReferralTabTown.UserFor(ReferralTabTown.Alex));
        asReferrer.WaitForElement($"#open-{referral.Id.Local}");
        asReferrer.Click($"#open-{referral.Id.Local}");
        asReferrer.WaitForElement("#referral-history");
        Assert.Empty(asReferrer.FindAll("[id^='action-']"));
    }

    [Fact]
    public void TheReferrerAnswersAnOpenQuestion()
    {
        var referral = town.Add("1", "Hulp", ReferralTabTown.Alex, ReferralTabTown.Megan, dueInDays: 8, ReferralStatus.InformationRequested);

        var page = RenderFor<MyReferralsPage>(ReferralTabTown.UserFor(ReferralTabTown.Alex));
        page.WaitForElement($"#open-{referral.Id.Local}");
        page.Click($"#open-{referral.Id.Local}");
        page.WaitForElement("#provide-answer");
        page.Change("#provide-answer", "Het adres is Dorpsstraat 1.");
        page.Click("#action-provide-information");

        page.WaitForAssertion(() => Assert.Equal(3, page.FindAll("#referral-history tbody tr").Count));
        Assert.Contains("Het adres is Dorpsstraat 1.", page.Find("#referral-history").TextContent, StringComparison.Ordinal);
        Assert.Equal(1, town.Store.Saves);
    }

    [Fact]
    public void ThePageRecordsItsReadsAndTheActionInTheAuditLog()
    {
        var referral = town.Add("1", "Hulp", ReferralTabTown.Alex, ReferralTabTown.Megan, dueInDays: 8, ReferralStatus.InformationRequested);
        var alex = ReferralTabTown.UserFor(ReferralTabTown.Alex);

        var page = RenderFor<MyReferralsPage>(alex);
        page.WaitForElement($"#open-{referral.Id.Local}");
        page.Click($"#open-{referral.Id.Local}");
        page.WaitForElement("#provide-answer");
        page.Change("#provide-answer", "Het adres is Dorpsstraat 1.");
        page.Click("#action-provide-information");

        page.WaitForAssertion(() => Assert.Equal(3, page.FindAll("#referral-history tbody tr").Count));
        Assert.Equal(
            [
                ("tab:consent.list", "member", null, AuditResult.Allowed),
                ("tab:referral.list", "referral", null, AuditResult.Allowed),
                ("tab:referral.show", "referral", referral.Id.ToString(), AuditResult.Allowed),
                ("tab:referral.provideInformation", "referral", referral.Id.ToString(), AuditResult.Allowed),
            ],
            PageAuditLog.Records.Select(r => (r.Action, r.ObjectType, r.ObjectId, r.Result)));
        Assert.All(PageAuditLog.Records, r => Assert.Equal((AuditOrigin.TabPage, alex.Id.Value), (r.Origin, r.Actor)));
    }

    [Fact]
    public void AnActionTheDomainRefusesTheActorIsRecordedAsDenied()
    {
        var referral = town.Add("1", "Hulp", ReferralTabTown.Alex, ReferralTabTown.Megan, dueInDays: 8);
        var page = RenderFor<MyReferralsPage>(ReferralTabTown.UserFor(ReferralTabTown.Megan));
        page.WaitForElement($"#open-{referral.Id.Local}");
        page.Click($"#open-{referral.Id.Local}");
        page.WaitForElement("#action-accept");
        // Meanwhile someone forwarded it to Kees: Megan's button is stale, and the domain refuses her.
        var record = town.Store.Current(referral.Id);
        town.Store.Add(record.Referral with { Receiver = ReferralTabTown.Kees.Id }, [.. record.History]);

        page.Click("#action-accept");

        page.WaitForAssertion(() => Assert.Contains(PageAuditLog.Records, r => r.Action == "tab:referral.accept"));
        Assert.Equal(AuditResult.Denied, PageAuditLog.Records.Single(r => r.Action == "tab:referral.accept").Result);
        Assert.Equal(0, town.Store.Saves);
    }

    [Fact]
    public void DeclineWithoutAReasonIsRefusedAtTheFieldAndChangesNothing()
    {
        var referral = town.Add("1", "Hulp", ReferralTabTown.Alex, ReferralTabTown.Megan, dueInDays: 8);
        var page = RenderFor<MyReferralsPage>(ReferralTabTown.UserFor(ReferralTabTown.Megan));
        page.WaitForElement($"#open-{referral.Id.Local}");
        page.Click($"#open-{referral.Id.Local}");

        page.WaitForElement("#action-decline");
        page.Click("#action-decline");

        page.WaitForAssertion(() => Assert.Equal("Dit veld is verplicht.", page.Find("#decline-reason-error").TextContent.Trim()));
        Assert.Equal("true", page.Find("#decline-reason").GetAttribute("aria-invalid"));
        Assert.Equal(0, town.Store.Saves);
        Assert.Equal("verstuurd", page.Find("#referral-status").TextContent.Trim());
        Assert.Equal(2, page.FindAll("#referral-history tbody tr").Count);
    }

    [Fact]
    public async Task DeclineWithAReasonIsRecordedAndTheListsAndHistoryRefresh()
    {
        var referral = town.Add("1", "Hulp", ReferralTabTown.Alex, ReferralTabTown.Megan, dueInDays: 8);
        var page = RenderFor<MyReferralsPage>(ReferralTabTown.UserFor(ReferralTabTown.Megan));
        page.WaitForElement($"#open-{referral.Id.Local}");
        page.Click($"#open-{referral.Id.Local}");

        page.WaitForElement("#decline-reason");
        page.Change("#decline-reason", "Hoort bij het sociaal wijkteam.");
        page.Click("#action-decline");

        page.WaitForAssertion(() => Assert.Equal("afgewezen", page.Find("#referral-status").TextContent.Trim()));
        Assert.Contains("afgewezen", page.Find($"#to-handle-table tr[data-referral='{referral.Id}']").TextContent, StringComparison.Ordinal);
        var last = page.FindAll("#referral-history tbody tr")[^1];
        Assert.Contains("Hoort bij het sociaal wijkteam.", last.TextContent, StringComparison.Ordinal);
        Assert.Contains("Megan Bowen", last.TextContent, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("[id^='action-decline']"));
        var stored = await town.Store.GetAsync(referral.Id, CancellationToken.None);
        Assert.Equal(ReferralStatus.Declined, stored!.Referral.Status);
    }

    [Fact]
    public void ForwardingWithPersonalDataIsRefusedWithTheConsentRule()
    {
        var referral = town.Add("1", "Hulp", ReferralTabTown.Alex, ReferralTabTown.Megan, dueInDays: 8);
        town.Store.Add(
            referral with { ContainsPersonalData = true, Consent = new ResidentConsent("Alex Wilber", ReferralTabTown.Today, ReferralTabTown.Megan.Id) },
            new ReferralEvent { Sequence = 1, Kind = ReferralEventKind.Created, Actor = ReferralTabTown.Alex.Id, At = ReferralTabTown.Now, StatusAfter = ReferralStatus.Sent });
        var page = RenderFor<MyReferralsPage>(ReferralTabTown.UserFor(ReferralTabTown.Megan));
        page.WaitForElement($"#open-{referral.Id.Local}");
        page.Click($"#open-{referral.Id.Local}");

        page.WaitForElement("#forward-to");
        page.Change("#forward-to", ReferralTabTown.Kees.Id.Value);
        page.Click("#action-forward");

        page.WaitForAssertion(() => Assert.Contains("toestemming", page.Find("#forward-to-error").TextContent, StringComparison.Ordinal));
        Assert.Equal(0, town.Store.Saves);
    }

    [Fact]
    public void ForwardingMovesTheReferralToTheChosenColleague()
    {
        var referral = town.Add("1", "Hulp", ReferralTabTown.Alex, ReferralTabTown.Megan, dueInDays: 8);
        var page = RenderFor<MyReferralsPage>(ReferralTabTown.UserFor(ReferralTabTown.Megan));
        page.WaitForElement($"#open-{referral.Id.Local}");
        page.Click($"#open-{referral.Id.Local}");

        page.WaitForElement("#forward-to");
        page.Change("#forward-to", ReferralTabTown.Kees.Id.Value);
        page.Click("#action-forward");

        page.WaitForAssertion(() => Assert.Contains("doorgestuurd naar Kees de Vries", page.Find("#referral-history").TextContent, StringComparison.Ordinal));
        Assert.Empty(page.FindAll("#to-handle-table"));
    }

    [Fact]
    public void WhenSomeoneElseActsFirstThePageSaysSoAndShowsTheNewState()
    {
        var referral = town.Add("1", "Hulp", ReferralTabTown.Alex, ReferralTabTown.Megan, dueInDays: 8);
        var page = RenderFor<MyReferralsPage>(ReferralTabTown.UserFor(ReferralTabTown.Megan));
        page.WaitForElement($"#open-{referral.Id.Local}");
        page.Click($"#open-{referral.Id.Local}");
        town.Store.BeforeNextSave = () => town.Store.SaveAsync(
            ReferralLifecycle.Accept(town.Store.Current(referral.Id).Referral, ReferralTabTown.Megan, ReferralTabTown.Now).Value!,
            CancellationToken.None).GetAwaiter().GetResult();

        page.WaitForElement("#action-accept");
        page.Click("#action-accept");

        page.WaitForAssertion(() => Assert.Contains("Iemand anders was u voor", page.Find("#action-problem").TextContent + page.Find("#action-problem").GetAttribute("title"), StringComparison.Ordinal));
        // The referral is read again after the refusal; its new state renders a moment later.
        page.WaitForAssertion(() =>
        {
            Assert.Contains("in behandeling", page.Find("#action-problem").TextContent, StringComparison.Ordinal);
            Assert.Equal("in behandeling", page.Find("#referral-status").TextContent.Trim());
        });
        Assert.Equal(1, town.Store.Saves);
    }

    [Fact]
    public void ACardsDeepLinkOpensItsReferral()
    {
        var referral = town.Add("1", "Hulp", ReferralTabTown.Alex, ReferralTabTown.Megan, dueInDays: 8);
        Services.GetRequiredService<NavigationManager>().NavigateTo("/tabs/referrals?subEntityId=" + referral.Id);

        var page = RenderFor<MyReferralsPage>(ReferralTabTown.UserFor(ReferralTabTown.Megan));

        page.WaitForAssertion(() => Assert.Contains("Verwijzing: Hulp", page.Find("#referral-details-title").TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public void InsideTeamsTheContextsSubPageIdOpensTheReferral()
    {
        var referral = town.Add("1", "Hulp", ReferralTabTown.Alex, ReferralTabTown.Megan, dueInDays: 8);

        var page = Render<MyReferralsPage>(p => p
            .AddCascadingValue(ReferralTabTown.UserFor(ReferralTabTown.Megan))
            .AddCascadingValue(new TeamsApp.Tabs.Shell.TabHost(true, "default", "nl-nl", referral.Id.ToString())));

        page.WaitForAssertion(() => Assert.Contains("Verwijzing: Hulp", page.Find("#referral-details-title").TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public void ADeepLinkToSomeoneElsesReferralShowsNothingOfIt()
    {
        var referral = town.Add("1", "Geheim", ReferralTabTown.Alex, ReferralTabTown.Kees, dueInDays: 8);
        Services.GetRequiredService<NavigationManager>().NavigateTo("/tabs/referrals?subEntityId=" + referral.Id);

        var page = RenderFor<MyReferralsPage>(ReferralTabTown.UserFor(ReferralTabTown.Megan));

        page.WaitForElement("#referral-not-found");
        Assert.Empty(page.FindAll("#referral-details"));
        Assert.Contains(PageAuditLog.Records, r => (r.Action, r.ObjectId, r.Result) == ("tab:referral.show", referral.Id.ToString(), AuditResult.Denied));
        Assert.DoesNotContain("Geheim", page.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void AColleagueWithoutTheRoleSeesTheRefusal()
    {
        var page = RenderFor<MyReferralsPage>(TabTestContext.User("Niemand", [], ReferralTabTown.District));

        Assert.Contains("Deze pagina is er niet voor uw rol.", page.Markup, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("#to-handle-table"));
    }
}
