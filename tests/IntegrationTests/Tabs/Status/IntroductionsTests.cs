using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Time.Testing;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Conversations;
using Wijkverbinder.Domain.Dashboard;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.IntegrationTests.Dispatch;
using Wijkverbinder.IntegrationTests.Infrastructure;
using Wijkverbinder.TeamsApp.Resources;
using Wijkverbinder.TeamsApp.Tabs.Identity;
using Wijkverbinder.TeamsApp.Tabs.Status;

namespace Wijkverbinder.IntegrationTests.Tabs.Status;

/// <summary>An introduction goes through the real card sender to a stub Bot Connector: the wijkteam's channel first, else the user's chat.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class IntroductionsTests(AzuriteFixture azurite)
{
    private const string Channel = "19:wijkteam-gebied-a@thread.tacv2";
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task GoesToTheAreasWijkteamChannelWhenTheBotKnowsIt()
    {
        await using var host = await DispatchHost.StartAsync(azurite);
        var team = host.Town.Wijkteam with { Districts = [host.Town.Town.District1, host.Town.Town.District2], ChannelConversationId = Channel };
        await host.Town.Colleagues.SaveAsync(host.Town.Code, team, None);
        await host.Conversations.SaveAsync(host.AddressOf(host.Town.Manager) with { Kind = ConversationKind.Channel, Key = Channel, ConversationId = Channel, UserId = null }, None);

        var outcome = await Introductions(host).IntroduceAsync(UserOf(host), Snapshot(host), Suggestion(), None);

        Assert.Equal(IntroductionOutcome.TeamChannel, outcome);
        var card = DispatchHost.CardOf(Assert.Single(host.Connector.Delivered(Channel)));
        Assert.Contains("Mila stelt voor dat Buurtcentrum en Moestuin kennismaken (Wijk Eén).", DispatchHost.TextsOf(card));
        Assert.Empty(host.CardsTo(host.Town.Manager));
    }

    [Fact]
    public async Task GoesToTheUsersOwnChatWhenTheWijkteamHasNoChannel()
    {
        await using var host = await DispatchHost.StartAsync(azurite);

        var outcome = await Introductions(host).IntroduceAsync(UserOf(host), Snapshot(host), Suggestion(), None);

        Assert.Equal(IntroductionOutcome.PersonalChat, outcome);
        var card = Assert.Single(host.CardsTo(host.Town.Manager));
        Assert.Equal("Kennismaking voorgesteld", DispatchHost.LeadOf(card));
    }

    private Introductions Introductions(DispatchHost host) => new(
        host.Town.Colleagues,
        azurite.Store,
        host.Services,
        new ServiceCollection().AddLogging().AddLocalization().BuildServiceProvider().GetRequiredService<IStringLocalizer<StatusTexts>>());

    private static TabUser UserOf(DispatchHost host) =>
        new(host.Town.Manager.Id, "Mila", host.Town.Code, [AppRole.DistrictManager], [host.Town.Town.District1], []);

    private static DashboardSnapshot Snapshot(DispatchHost host)
    {
        CultureInfo.CurrentUICulture = new CultureInfo("nl");
        var town = host.Town.Town;
        return new DashboardBuilder(new FakeTimeProvider(AzuriteFixture.Now)).Build(
            DashboardScope.ForDistrict(town.District1), "Wijk Eén", town.Municipality, new NetworkView([], []), [town.District1], [], new Dictionary<ColleagueId, string>());
    }

    private static SuggestedConnection Suggestion() =>
        new("GM0000.A.01", "Buurtcentrum", "GM0000.A.02", "Moestuin", ["meedoen"], ["School"], 2);
}
