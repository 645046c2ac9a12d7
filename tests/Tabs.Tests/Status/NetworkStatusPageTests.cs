using System.Globalization;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Wijkverbinder.Domain.Audit;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Dashboard;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.TeamsApp.Tabs.Status;

namespace Wijkverbinder.Tabs.Tests.Status;

public sealed class NetworkStatusPageTests : TabTestContext
{
    private readonly FakeDashboardStore store = new(StatusSamples.District());
    private readonly FakeIntroductions introductions = new();

    public NetworkStatusPageTests()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("nl");
        Services.AddSingleton<IDashboardStore>(store);
        Services.AddSingleton<INetworkStore>(new MunicipalityOnlyStore(StatusSamples.Arnhem));
        Services.AddSingleton<IIntroductions>(introductions);
    }

    [Fact]
    public void ShowsTheFiguresPipelineAndListsOfADistrictTheUserWorksIn()
    {
        var page = Open("WK020201", User("Wendy", [AppRole.DistrictManager], "WK020201"));

        Assert.Equal("4", page.Find("[data-figure=members]").TextContent);
        Assert.Equal("1", page.Find("[data-figure=isolated]").TextContent);
        Assert.Equal("Centrum", page.Find("[data-scope=WK020201]").TextContent);
        Assert.Contains("School", page.Find("#list-brokers").Parent!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Alleen", page.Find("[aria-labelledby=list-isolated]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void RefusesADistrictTheUserDoesNotWorkInWithoutReadingIt()
    {
        var otto = User("Otto", [AppRole.DistrictTeam], "WK020202");
        var page = Open("WK020201", otto);

        Assert.Contains("u werkt daar niet", page.Find("[data-refusal]").TextContent, StringComparison.Ordinal);
        Assert.Empty(store.Reads);
        PageAuditAssert.Recorded(PageAuditLog.Records, otto, ("tab:status.show", "scope", "WK020201", AuditResult.Denied));
    }

    [Fact]
    public void AnAreaIsShownOnlyToSomeoneWhoWorksInAllItsDistricts()
    {
        Assert.NotEmpty(Open("GM0202.W1", User("Half", [AppRole.DistrictManager], "WK020201")).FindAll("[data-refusal]"));
        Assert.Empty(store.Reads);

        var page = Open("GM0202.W1", User("Heel", [AppRole.DistrictManager], "WK020201", "WK020202"));
        Assert.Empty(page.FindAll("[data-refusal]"));
        Assert.Equal(["GM0202.W1"], store.Reads);
    }

    [Fact]
    public void AnotherMunicipalitysDistrictIsRefused()
    {
        var page = Open("WK036301", User("Wendy", [AppRole.DistrictManager], "WK036301"));

        Assert.NotEmpty(page.FindAll("[data-refusal]"));
    }

    [Fact]
    public void ExportWritesTheRowsTheListShows()
    {
        var page = Open("WK020201", User("Wendy", [AppRole.DistrictManager], "WK020201"));
        var module = JSInterop.SetupModule("./js/tab.js");
        module.SetupVoid("download", _ => true);

        page.Click("[data-export=isolated]");

        var call = Assert.Single(module.Invocations, i => i.Identifier == "download");
        Assert.Equal("WK020201-isolated.csv", call.Arguments[0]);
        var csv = (string)call.Arguments[2]!;
        Assert.Equal("\uFEFF\"Naam\";\"Soort\";\"Thema's\";\"Wijken\";\"Laatste contact\"\r\n\"Alleen\";\"Partner\";\"\";\"WK020201\";\"\"\r\n", csv);
    }

    [Fact]
    public void AMemberNameThatLooksLikeAFormulaIsExportedHarmless()
    {
        var page = Open("WK020201", User("Wendy", [AppRole.DistrictManager], "WK020201"));
        var module = JSInterop.SetupModule("./js/tab.js");
        module.SetupVoid("download", _ => true);

        page.Click("[data-export=suggestions]");

        var csv = (string)Assert.Single(module.Invocations, i => i.Identifier == "download").Arguments[2]!;
        Assert.Contains("\"'=Buurtcentrum\";\"Moestuin\";\"Delen Meedoen; kennen allebei School\"", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("\"=Buurtcentrum", csv, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(IntroductionOutcome.TeamChannel, "staat in het kanaal van het wijkteam")]
    [InlineData(IntroductionOutcome.PersonalChat, "staat in uw chat met de bot")]
    [InlineData(IntroductionOutcome.NotSent, "kon niet worden verstuurd")]
    public void IntroducingASuggestionSaysWhereTheCardWent(IntroductionOutcome outcome, string said)
    {
        introductions.Outcome = outcome;
        var page = Open("WK020201", User("Wendy", [AppRole.DistrictManager], "WK020201"));

        page.Click("[data-introduce]");

        var (user, suggestion) = Assert.Single(introductions.Sent);
        Assert.Equal(("Wendy", "=Buurtcentrum", "Moestuin"), (user.Name, suggestion.FromName, suggestion.ToName));
        Assert.Contains(said, page.Find("[data-introduction-outcome]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void TheReadAndTheIntroductionAreRecordedWithIdsOnly()
    {
        introductions.Outcome = IntroductionOutcome.TeamChannel;
        var wendy = User("Wendy", [AppRole.DistrictManager], "WK020201");
        var page = Open("WK020201", wendy);
        page.Click("[data-introduce]");

        var introduced = Assert.Single(introductions.Sent).Suggestion;
        PageAuditAssert.Recorded(
            PageAuditLog.Records,
            wendy,
            ("tab:status.show", "scope", "WK020201", AuditResult.Allowed),
            ("tab:status.introduce", "member", introduced.FromId, AuditResult.Allowed));
        PageAuditAssert.HoldsNone(PageAuditLog.Records, introduced.FromName, introduced.ToName, "Wendy");
    }

    private IRenderedComponent<NetworkStatusPage> Open(string scope, Wijkverbinder.TeamsApp.Tabs.Identity.TabUser user)
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo($"/tabs/status?scope={scope}");
        return RenderFor<NetworkStatusPage>(user);
    }

    private sealed class FakeIntroductions : IIntroductions
    {
        public IntroductionOutcome Outcome { get; set; }

        public List<(Wijkverbinder.TeamsApp.Tabs.Identity.TabUser User, SuggestedConnection Suggestion)> Sent { get; } = [];

        public Task<IntroductionOutcome> IntroduceAsync(Wijkverbinder.TeamsApp.Tabs.Identity.TabUser user, DashboardSnapshot snapshot, SuggestedConnection suggestion, CancellationToken cancellationToken)
        {
            Sent.Add((user, suggestion));
            return Task.FromResult(Outcome);
        }
    }

    /// <summary>Only the municipality is read by the page; every other call is a mistake.</summary>
    private sealed class MunicipalityOnlyStore(Municipality municipality) : INetworkStore
    {
        public Task<Municipality?> GetMunicipalityAsync(string code, CancellationToken cancellationToken) =>
            Task.FromResult<Municipality?>(code == municipality.Code ? municipality : null);

        public Task<IReadOnlyList<MunicipalitySummary>> ListMunicipalitiesAsync(CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task SaveMunicipalityAsync(Municipality value, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<NetworkView> GetDistrictNetworkAsync(District district, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<NetworkView> GetAreaNetworkAsync(AreaId area, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<IReadOnlyList<Member>> FindMembersByNameAsync(AreaId area, string namePrefix, int maxResults, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<MemberWithTies?> GetMemberAsync(MemberId id, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<IReadOnlyDictionary<MemberId, Member>> GetMembersAsync(AreaId area, IReadOnlyCollection<MemberId> ids, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<MemberWithTies> CreateMemberAsync(Member member, IReadOnlyList<Tie> ties, IReadOnlyDictionary<MemberId, Member> counterparts, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<Member> UpdateMemberAsync(Member member, IReadOnlyList<Tie> ties, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<Tie> AddTieAsync(Tie tie, Member counterpart, Member owner, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<Tie> UpdateTieAsync(Tie tie, MemberId reader, CancellationToken cancellationToken) => throw new NotSupportedException();
    }
}
