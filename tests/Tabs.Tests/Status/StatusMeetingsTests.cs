using System.Globalization;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Dashboard;
using Wijkverbinder.Domain.Meetings;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.Tabs.Tests.Fakes;
using Wijkverbinder.TeamsApp.Tabs.Status;

namespace Wijkverbinder.Tabs.Tests.Status;

/// <summary>The meetings on the network status page: from the snapshot alone (one read), aggregates only.</summary>
public sealed class StatusMeetingsTests : TabTestContext
{
    private readonly FakeDashboardStore store = new(StatusSamples.District() with
    {
        Meetings = new MeetingFigures(
            12,
            3,
            new Dictionary<MeetingKind, int> { [MeetingKind.ThemeMeeting] = 2, [MeetingKind.FeedbackMeeting] = 1 },
            1,
            [new DistrictFeedbackRow("WK020201", "Centrum", new DateOnly(2026, 9, 1)), new DistrictFeedbackRow("WK020202", "Spijkerkwartier", null)],
            [new PartyFeedbackRow("GM0202.W1." + new string('1', 32), "Buurthuis", 4, 4.3m, 3.5m, 4.0m), new PartyFeedbackRow("GM0202.W1." + new string('2', 32), "Moestuin", 2, null, null, null)],
            [new ThemeFeedbackRow("meedoen", 2, 5, 4.0m)]),
    });

    public StatusMeetingsTests()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("nl");
        Services.AddSingleton<IDashboardStore>(store);
        Services.AddSingleton<INetworkStore>(new InMemoryMunicipalityStore(StatusSamples.Arnhem));
        Services.AddSingleton<IIntroductions>(new NoIntroductions());
    }

    [Fact]
    public void MeetingsHeldByKindTheLastFeedbackMeetingPerDistrictAndFeedbackPerPartyAndThemeComeFromTheOneSnapshot()
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo("/tabs/status?scope=WK020201");
        var page = RenderFor<NetworkStatusPage>(User("Wendy", [AppRole.DistrictManager], "WK020201"));

        page.WaitForElement("[data-figure=meetings-held]");
        Assert.Equal("3", page.Find("[data-figure=meetings-held]").TextContent);
        Assert.Equal("2", page.Find("[data-figure=meetings-ThemeMeeting]").TextContent);
        Assert.Equal("0", page.Find("[data-figure=meetings-BoardMeeting]").TextContent);
        Assert.Equal("1", page.Find("[data-figure=meetings-upcoming]").TextContent);
        var lastFeedback = page.Find("[aria-labelledby=list-last-feedback]").TextContent;
        Assert.Contains("2026-09-01", lastFeedback, StringComparison.Ordinal);
        Assert.Contains("geen in de afgelopen 2 jaar", lastFeedback, StringComparison.Ordinal);
        var parties = page.Find("[aria-labelledby=list-party-feedback]").TextContent;
        Assert.Contains("4,3", parties, StringComparison.Ordinal);
        Assert.Contains("te weinig antwoorden", parties, StringComparison.Ordinal);
        Assert.Contains("Meedoen", page.Find("[aria-labelledby=list-theme-feedback]").TextContent, StringComparison.Ordinal);
        Assert.Equal(["WK020201"], store.Reads);
    }

    private sealed class NoIntroductions : IIntroductions
    {
        public Task<IntroductionOutcome> IntroduceAsync(Wijkverbinder.TeamsApp.Tabs.Identity.TabUser user, DashboardSnapshot snapshot, SuggestedConnection suggestion, CancellationToken cancellationToken) =>
            throw new NotSupportedException();
    }
}
