using Microsoft.Extensions.DependencyInjection;
using Wijkverbinder.Domain.Conversations;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.Domain.Programme;
using Wijkverbinder.Domain.Successes;
using Wijkverbinder.IntegrationTests.Dispatch;
using Wijkverbinder.IntegrationTests.Infrastructure;
using Wijkverbinder.Notifications.Programme;
using Wijkverbinder.Notifications.Successes;
using Wijkverbinder.Storage.Referrals;

namespace Wijkverbinder.IntegrationTests.Programme;

/// <summary>
/// The programme card in the wijkteam's channel (outbox, "programme" queue, dispatcher, stub connector): posted once per
/// change even when the queue delivers a message twice, then updated in place; and the monthly successes card, once per
/// area and month however often the timer runs, and none for an area without new successes.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class ProgrammeCardTests(AzuriteFixture azurite)
{
    private const string Channel = "19:wijkteam-programma@thread.tacv2";
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task AChangeOfGoalsPostsTheCardOnceAndTheNextChangeUpdatesItInPlace()
    {
        await using var host = await StartAsync();
        var programmes = host.Services.GetRequiredService<ProgrammeService>();
        var town = host.Town.Town;
        var area = town.Municipality.FindArea(town.AreaA)!;

        var first = await programmes.SetGoalsAsync(town.Municipality, area, "meedoen", ["Iedereen doet mee"], null, None);
        var pending = await host.Services.GetRequiredService<OutboxReader>().ListPendingProgrammeEntriesAsync(town.Code, 10, None);
        Assert.Equal(1, await host.Relay.RelayAsync(town.Code, None));
        // A crash between enqueueing and removing the outbox row puts the same change on the queue twice.
        await host.Queues.Programme.SendMessageAsync(ProgrammeCardMessage.From(Assert.Single(pending).Item).ToJson(), None);
        await DrainAsync(host);

        var posted = Assert.Single(host.Connector.Delivered(Channel));
        Assert.Contains("Iedereen doet mee", string.Join(" ", DispatchHost.TextsOf(DispatchHost.CardOf(posted))), StringComparison.Ordinal);
        Assert.Empty(host.Connector.Updates);

        await programmes.SetGoalsAsync(town.Municipality, area, "meedoen", ["Iedereen doet mee", "Elke maand een buurtmaaltijd"], first.Value!.Version, None);
        await host.Relay.RelayAsync(town.Code, None);
        await DrainAsync(host);

        Assert.Single(host.Connector.Delivered(Channel));
        var (conversation, _, activity) = Assert.Single(host.Connector.Updates);
        Assert.Equal(Channel, conversation);
        Assert.Contains("Elke maand een buurtmaaltijd", string.Join(" ", DispatchHost.TextsOf(DispatchHost.CardOf(activity))), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheMonthlySuccessesCardGoesOncePerAreaAndMonthAndNotWithoutNewSuccesses()
    {
        await using var host = await StartAsync();
        var town = host.Town.Town;
        var store = host.Services.GetRequiredService<ISuccessStore>();
        var job = host.Services.GetRequiredService<MonthlySuccessesJob>();
        var october = new DateTimeOffset(2026, 10, 15, 12, 0, 0, TimeSpan.Zero);
        await store.AddAsync(Success("s1", town.AreaA, "Moestuin", october), None);
        await store.AddAsync(Success("s2", town.AreaA, "Buurtmaaltijd", october.AddDays(5)), None);
        await store.AddAsync(Success("s3", town.AreaA, "Te vroeg", october.AddMonths(-1)), None);
        await store.AddAsync(Success("s4", town.AreaA, "Deze maand", AzuriteFixture.Now.AddDays(-1)), None);

        var earlyInNovember = await job.RunAsync(None);
        host.Town.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 1, 7, 0, 0, TimeSpan.Zero));
        var december = await job.RunAsync(None);
        var again = await job.RunAsync(None);

        Assert.Equal((1, 1, 0), (earlyInNovember, december, again));
        var cards = host.Connector.Delivered(Channel).Select(a => string.Join(" ", DispatchHost.TextsOf(DispatchHost.CardOf(a)))).ToList();
        Assert.Equal(2, cards.Count);
        Assert.Contains("Buurtmaaltijd", cards[0], StringComparison.Ordinal);
        Assert.Contains("Moestuin", cards[0], StringComparison.Ordinal);
        Assert.DoesNotContain("Te vroeg", cards[0], StringComparison.Ordinal);
        Assert.DoesNotContain("Deze maand", cards[0], StringComparison.Ordinal);
        Assert.Contains("Deze maand", cards[1], StringComparison.Ordinal);
        Assert.Null(await host.Deliveries.GetAsync(town.Code, MonthlySuccessesJob.Key(town.AreaB, new DateOnly(2026, 10, 1)), None));
    }

    private static Success Success(string id, AreaId area, string initiative, DateTimeOffset at) =>
        new(id, new MemberId(area, Guid.NewGuid().ToString("N")), initiative, $"Het verhaal van {initiative}.", new Uri("https://video.example.org/" + id), new("colleague"), at);

    private async Task<DispatchHost> StartAsync()
    {
        var host = await DispatchHost.StartAsync(azurite);
        await host.Queues.Programme.ClearMessagesAsync();
        await host.Queues.ProgrammePoison.ClearMessagesAsync();
        var team = host.Town.Wijkteam with { ChannelConversationId = Channel };
        await host.Town.Colleagues.SaveAsync(host.Town.Code, team, None);
        await host.Conversations.SaveAsync(host.AddressOf(host.Town.Manager) with { Kind = ConversationKind.Channel, Key = Channel, ConversationId = Channel, UserId = null }, None);
        return host;
    }

    private static async Task DrainAsync(DispatchHost host)
    {
        var processor = host.Services.GetRequiredService<ProgrammeQueueProcessor>();
        while (await processor.ProcessBatchAsync(32, None) > 0)
        {
        }
    }
}
