extern alias functions;

using functions::Wijkverbinder.Functions;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Wijkverbinder.Domain.Referrals;
using Wijkverbinder.IntegrationTests.Infrastructure;
using Wijkverbinder.Notifications;
using Wijkverbinder.Notifications.Dispatch;
using Wijkverbinder.Notifications.Jobs;

namespace Wijkverbinder.IntegrationTests.Dispatch;

/// <summary>Each function of the Functions app, called as the host calls it, with the real handlers on Azurite.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class FunctionTests(AzuriteFixture azurite)
{
    private static readonly TimerInfo Timer = new() { IsPastDue = false };

    [Fact]
    public async Task DispatchNotificationDeliversAQueueMessageOnceHoweverOftenItComes()
    {
        await using var host = await DispatchHost.StartAsync(azurite);
        var referral = await host.CreateAsync();
        var function = new DispatchNotification(host.Services.GetRequiredService<NotificationDispatcher>());
        var pending = await host.Town.Outbox.ListPendingAsync(host.Town.Code, 32, CancellationToken.None);

        foreach (var notification in pending.Concat(pending))
        {
            await function.RunAsync(NotificationMessage.From(notification).ToJson(), CancellationToken.None);
        }

        Assert.Single(host.MailsTo(host.Town.Specialist));
        Assert.Single(host.CardsTo(host.Town.Specialist));
        host.AssertNoMailTwice();
        Assert.Equal(ReferralStatus.Sent, (await host.Town.GetAsync(referral.Id)).Referral.Status);
        await Assert.ThrowsAsync<FormatException>(() => function.RunAsync("{\"referral\":\"nonsense\"}", CancellationToken.None));
    }

    [Fact]
    public async Task RelayOutboxQueuesWhatIsPending()
    {
        await using var host = await DispatchHost.StartAsync(azurite);
        var referral = await host.CreateAsync();
        var function = new RelayOutbox(host.Services.GetRequiredService<OutboxRelay>(), host.Services.GetRequiredService<IOptions<WijkverbinderOptions>>());

        await function.RunAsync(Timer, CancellationToken.None);
        await function.RunAsync(Timer, CancellationToken.None);

        var queued = (await host.Queues.Notifications.PeekMessagesAsync(32)).Value
            .Select(m => NotificationMessage.Parse(m.Body.ToString()).ToNotification())
            .ToList();
        Assert.Equal(2, queued.Count);
        Assert.All(queued, n => Assert.Equal((referral.Id, 1, host.Town.Specialist.Id), (n.Referral, n.EventSequence, n.Recipient)));
        Assert.Equal([NotificationChannel.Mail, NotificationChannel.Card], queued.Select(n => n.Channel).Order());
        Assert.Empty(await host.Town.Outbox.ListPendingAsync(host.Town.Code, 32, CancellationToken.None));
    }

    [Fact]
    public async Task RemindAndEscalateRecordsTodaysReminderOnce()
    {
        await using var host = await DispatchHost.StartAsync(azurite);
        var referral = await host.CreateAsync(host.Draft() with { DueDate = new DateOnly(2026, 12, 8) });
        await host.DrainAsync();
        var function = new RemindAndEscalate(host.Services.GetRequiredService<RemindAndEscalateJob>());

        host.Town.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 7, 7, 0, 0, TimeSpan.Zero));
        await function.RunAsync(Timer, CancellationToken.None);
        await function.RunAsync(Timer, CancellationToken.None);

        var pending = await host.Town.Outbox.ListPendingAsync(host.Town.Code, 32, CancellationToken.None);
        Assert.Equal(2, pending.Count);
        Assert.All(pending, n => Assert.Equal((NotificationPurpose.Reminder, host.Town.Specialist.Id), (n.Purpose, n.Recipient)));
        Assert.Equal(new DateOnly(2026, 12, 8), (await host.Town.GetAsync(referral.Id)).Referral.RemindedFor);
    }

    [Fact]
    public async Task WeeklyDigestSendsTheManagersDigestOnce()
    {
        await using var host = await DispatchHost.StartAsync(azurite);
        await host.CreateAsync();
        await host.DrainAsync();
        var function = new WeeklyDigest(host.Services.GetRequiredService<WeeklyDigestJob>());

        host.Town.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 30, 7, 0, 0, TimeSpan.Zero));
        await function.RunAsync(Timer, CancellationToken.None);
        await function.RunAsync(Timer, CancellationToken.None);

        var digest = Assert.Single(host.CardsTo(host.Town.Manager));
        Assert.Equal("Weekoverzicht verwijzingen", DispatchHost.LeadOf(digest));
    }

    [Fact]
    public async Task DoMeetingTaskDoesATaskOnceHoweverOftenItComes()
    {
        await using var host = await Meetings.MeetingHost.StartAsync(azurite);
        var meeting = await host.Town.PlanAsync();
        var function = new DoMeetingTask(host.Services.GetRequiredService<Notifications.Meetings.MeetingTaskDispatcher>());
        var message = new Notifications.Meetings.MeetingTaskMessage(meeting.Id.ToString(), 1, Domain.Meetings.MeetingTaskKind.SyncCalendar, null).ToJson();

        await function.RunAsync(message, CancellationToken.None);
        await function.RunAsync(message, CancellationToken.None);

        Assert.Single(host.EventRequests());
        Assert.Single(host.Graph.Calendar.Newest());
        await Assert.ThrowsAsync<FormatException>(() => function.RunAsync("{\"meeting\":\"nonsense\"}", CancellationToken.None));
    }

    [Fact]
    public async Task RelayOutboxQueuesMeetingTasksOnTheMeetingsQueue()
    {
        await using var host = await Meetings.MeetingHost.StartAsync(azurite);
        var meeting = await host.Town.PlanAsync();
        var function = new RelayOutbox(host.Relay, host.Services.GetRequiredService<IOptions<WijkverbinderOptions>>());

        await function.RunAsync(Timer, CancellationToken.None);
        await function.RunAsync(Timer, CancellationToken.None);

        var queued = (await host.Queues.Meetings.PeekMessagesAsync(32)).Value
            .Select(m => Notifications.Meetings.MeetingTaskMessage.Parse(m.Body.ToString()).ToTask())
            .ToList();
        Assert.Equal(
            [new(meeting.Id, 1, Domain.Meetings.MeetingTaskKind.Announce), new Domain.Meetings.MeetingTask(meeting.Id, 1, Domain.Meetings.MeetingTaskKind.SyncCalendar)],
            queued.OrderBy(q => q.Kind.ToString(), StringComparer.Ordinal));
        Assert.Empty(await host.Services.GetRequiredService<Wijkverbinder.Storage.Referrals.OutboxReader>().ListPendingTasksAsync(host.Town.Code, 32, CancellationToken.None));
        Assert.DoesNotContain((await host.Queues.Notifications.PeekMessagesAsync(32)).Value, m => m.Body.ToString().Contains(meeting.Id.Local, StringComparison.Ordinal));
    }
}
