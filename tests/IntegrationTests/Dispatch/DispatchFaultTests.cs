using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Conversations;
using Wijkverbinder.Domain.Referrals;
using Wijkverbinder.IntegrationTests.Infrastructure;
using Wijkverbinder.Notifications.Dispatch;
using Wijkverbinder.Notifications.Mail;
using Wijkverbinder.Storage.Queues;

namespace Wijkverbinder.IntegrationTests.Dispatch;

/// <summary>
/// Faults on the way out. After each, every recipient got exactly one mail and one card per event, and nothing is
/// left in the outbox, the queue or the poison queue.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class DispatchFaultTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task AQueueMessageDeliveredTwiceSendsOnce()
    {
        await using var host = await DispatchHost.StartAsync(azurite);
        var referral = await host.CreateAsync();

        // A relay that crashed after enqueueing, before removing the outbox rows: the next relay enqueues them again.
        var pending = await host.Town.Outbox.ListPendingAsync(host.Town.Code, 32, CancellationToken.None);
        Assert.Equal(2, pending.Count);
        foreach (var notification in pending)
        {
            await host.Queues.Notifications.SendMessageAsync(NotificationMessage.From(notification).ToJson());
        }

        Assert.Equal(2, await host.Relay.RelayAsync(host.Town.Code, CancellationToken.None));
        Assert.Equal(4, (await host.Queues.Notifications.PeekMessagesAsync(32)).Value.Length);
        await host.DrainAsync();

        await AssertOnceEachAsync(host, referral, host.Town.Specialist);
        foreach (var notification in pending)
        {
            var delivery = await host.Deliveries.GetAsync(host.Town.Code, notification.Id, CancellationToken.None);
            Assert.Equal((DeliveryState.Sent, 1), (delivery!.State, delivery.Attempts));
        }
    }

    [Fact]
    public async Task ADispatcherKilledBetweenSendAndRecordDoesNotSendTheMailAgain()
    {
        await using var host = await DispatchHost.StartAsync(azurite, (services, configuration) =>
        {
            services.AddGraphMail(configuration);
            services.AddSingleton<IMailSender>(sp => new CrashAfterSendMailSender(sp.GetRequiredService<GraphMailSender>()));
        });
        var referral = await host.CreateAsync();
        var mailId = new Notification(referral.Id, 1, NotificationChannel.Mail, host.Town.Specialist.Id, NotificationPurpose.NewRequest).Id;

        await host.DrainAsync();

        // Graph has the mail (it is in the sender's Sent Items), the log still says Sending.
        var first = Assert.Single(host.Mails());
        Assert.Equal(1, host.Graph.Accepted);
        host.Graph.SentMessageIds.Add(first.InternetMessageId);
        Assert.Equal(DeliveryState.Sending, (await host.Deliveries.GetAsync(host.Town.Code, mailId, CancellationToken.None))!.State);

        // The queue hands the message out again after its backoff; the retry finds the mail in Sent Items.
        await ProcessUntilAsync(host, async () => (await host.Deliveries.GetAsync(host.Town.Code, mailId, CancellationToken.None))!.IsFinal);
        await host.DrainAsync();

        var delivery = await host.Deliveries.GetAsync(host.Town.Code, mailId, CancellationToken.None);
        Assert.Equal((DeliveryState.Sent, 2), (delivery!.State, delivery.Attempts));
        Assert.Contains(host.Graph.Requests, r => r.Method == "GET" && r.Path.EndsWith("/mailFolders/sentitems/messages", StringComparison.Ordinal));
        await AssertOnceEachAsync(host, referral, host.Town.Specialist);
    }

    [Fact]
    public async Task GraphThrottlingThenAnOutageStillSendsOneMail()
    {
        await using var host = await DispatchHost.StartAsync(azurite);
        host.Graph.Then(429, retryAfter: "1", code: "ApplicationThrottled");
        host.Graph.Then(503, code: "ServiceUnavailable");
        var referral = await host.CreateAsync();

        await host.DrainAsync();

        var attempts = host.Graph.Requests.Where(r => r.Path.EndsWith("/sendMail", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, attempts.Count);
        Assert.All(attempts, a => Assert.Equal(attempts[0].Body, a.Body));
        // Timers run on the coarse monotonic clock (a few ms per tick on Linux), so a 1 s wait can measure a hair
        // under 1 s on the precise Stopwatch (as in the connector's RetryTests).
        var gap = Stopwatch.GetElapsedTime(attempts[0].ArrivedAt, attempts[1].ArrivedAt);
        Assert.True(gap >= TimeSpan.FromMilliseconds(980), $"the retry after the 429 must wait for its Retry-After (retried after {gap})");
        await AssertOnceEachAsync(host, referral, host.Town.Specialist);
    }

    [Fact]
    public async Task AThrottlingConnectorStillDeliversOneCard()
    {
        await using var host = await DispatchHost.StartAsync(azurite);
        host.Connector.Then(429, "Throttled", retryAfter: "1");
        var referral = await host.CreateAsync();

        // The connector's retry waits on the app's clock: move it on while the dispatch waits.
        var drained = host.DrainAsync();
        while (!drained.IsCompleted)
        {
            host.Town.Clock.Advance(TimeSpan.FromMilliseconds(500));
            await Task.WhenAny(drained, Task.Delay(20));
        }

        await drained;
        var toReceiver = host.Connector.Requests.Where(r => r.ConversationId == DispatchHost.ConversationOf(host.Town.Specialist)).ToList();
        Assert.Equal([429, 201], toReceiver.Select(r => r.Status));
        var arrivals = host.Connector.Arrivals.ToArray();
        Assert.True(arrivals[1] - arrivals[0] >= TimeSpan.FromSeconds(1), "the retry after the 429 must wait for its Retry-After (on the app's clock)");
        await AssertOnceEachAsync(host, referral, host.Town.Specialist);
    }

    [Fact]
    public async Task AMessageThatKeepsFailingEndsInThePoisonQueueAndIsReplayed()
    {
        // One Graph request per attempt, so the queue's own retries are what is tested.
        await using var host = await DispatchHost.StartAsync(azurite, settings: new Dictionary<string, string?> { ["Graph:MaxRetries"] = "0" });
        for (var i = 0; i < AppQueues.MaxDequeueCount; i++)
        {
            host.Graph.Then(503, code: "ServiceUnavailable");
        }

        var referral = await host.CreateAsync();
        var mailId = new Notification(referral.Id, 1, NotificationChannel.Mail, host.Town.Specialist.Id, NotificationPurpose.NewRequest).Id;
        var poison = host.Services.GetRequiredService<PoisonQueue>();

        await host.DrainAsync();
        await ProcessUntilAsync(host, async () => (await poison.ListAsync(CancellationToken.None)).Count > 0);

        var parked = Assert.Single(await poison.ListAsync(CancellationToken.None));
        Assert.Equal(mailId, NotificationMessage.Parse(parked.Body).ToNotification().Id);
        Assert.Empty((await host.Queues.Notifications.PeekMessagesAsync(32)).Value);
        Assert.Equal(AppQueues.MaxDequeueCount, host.Graph.Requests.Count(r => r.Path.EndsWith("/sendMail", StringComparison.Ordinal)));
        Assert.Equal(0, host.Graph.Accepted);
        Assert.Equal(DeliveryState.Sending, (await host.Deliveries.GetAsync(host.Town.Code, mailId, CancellationToken.None))!.State);

        Assert.Equal(1, await poison.ReplayAsync(CancellationToken.None));
        Assert.Empty(await poison.ListAsync(CancellationToken.None));
        await host.DrainAsync();

        Assert.Equal(DeliveryState.Sent, (await host.Deliveries.GetAsync(host.Town.Code, mailId, CancellationToken.None))!.State);
        await AssertOnceEachAsync(host, referral, host.Town.Specialist);
    }

    [Fact]
    public async Task ABlockedConversationSkipsTheCardMarksTheAddressAndStillMails()
    {
        await using var host = await DispatchHost.StartAsync(azurite);
        var specialist = host.Town.Specialist;
        host.Connector.Blocked[DispatchHost.ConversationOf(specialist)] = true;
        var referral = await host.CreateAsync();

        await host.DrainAsync();

        var cardId = new Notification(referral.Id, 1, NotificationChannel.Card, specialist.Id, NotificationPurpose.NewRequest).Id;
        var delivery = await host.Deliveries.GetAsync(host.Town.Code, cardId, CancellationToken.None);
        Assert.Equal((DeliveryState.Skipped, DeliverySkipReasons.Blocked), (delivery!.State, delivery.Reason));
        var address = await host.Conversations.FindAsync(host.TenantId, ConversationKind.Personal, specialist.Id.Value, CancellationToken.None);
        Assert.True(address!.Blocked);
        Assert.Single(host.MailsTo(specialist));
        Assert.Single(host.Connector.Requests, r => r.ConversationId == DispatchHost.ConversationOf(specialist));

        // The next referral to them: a mail, and no more tries at the blocked chat.
        await host.CreateAsync(host.Draft("Tweede vraag"));
        await host.DrainAsync();

        Assert.Equal(2, host.MailsTo(specialist).Count);
        Assert.Single(host.Connector.Requests, r => r.ConversationId == DispatchHost.ConversationOf(specialist));
        host.AssertNoMailTwice();
    }

    /// <summary>The receiver: one mail and one card for the request; the referrer: one card for Sent; nothing pending.</summary>
    private static async Task AssertOnceEachAsync(DispatchHost host, Referral referral, Colleague receiver)
    {
        var mail = Assert.Single(host.MailsTo(receiver));
        Assert.Contains(referral.Summary, mail.Subject, StringComparison.Ordinal);
        Assert.Single(host.CardsTo(receiver));
        Assert.Single(host.CardsTo(host.Town.Referrer));
        Assert.Empty(host.MailsTo(host.Town.Referrer));
        host.AssertNoMailTwice();
        Assert.Equal(2, host.Connector.AllDelivered.Count);
        Assert.Equal(ReferralStatus.Sent, (await host.Town.GetAsync(referral.Id)).Referral.Status);
        Assert.Empty(await host.Town.Outbox.ListPendingAsync(host.Town.Code, 32, CancellationToken.None));
        Assert.Empty((await host.Queues.Notifications.PeekMessagesAsync(32)).Value);
        Assert.Empty((await host.Queues.Poison.PeekMessagesAsync(32)).Value);
    }

    /// <summary>
    /// Works the queue until <paramref name="done"/>: messages come back after their backoff (2 s, 4 s, 8 s…). The round
    /// limit (five minutes of polling) only keeps a broken build from hanging.
    /// </summary>
    private static async Task ProcessUntilAsync(DispatchHost host, Func<Task<bool>> done)
    {
        for (var round = 0; !await done(); round++)
        {
            Assert.True(round < 1200, "the queue never got there");
            await host.Processor.ProcessBatchAsync(32, CancellationToken.None);
            await Task.Delay(250);
        }
    }
}
