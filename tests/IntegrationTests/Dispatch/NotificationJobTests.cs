using Microsoft.Extensions.DependencyInjection;
using Wijkverbinder.Domain.Referrals;
using Wijkverbinder.IntegrationTests.Infrastructure;
using Wijkverbinder.Notifications.Jobs;

namespace Wijkverbinder.IntegrationTests.Dispatch;

/// <summary>The timer jobs through dispatch: each reminder, escalation and digest reaches its person once, however often the timer fires.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class NotificationJobTests(AzuriteFixture azurite)
{
    private static readonly DateOnly Due = new(2026, 12, 8); // a Tuesday; the reminder is due Monday 7 December

    [Fact]
    public async Task RemindsTheReceiverOnceAndEscalatesToTheManagerOnce()
    {
        await using var host = await DispatchHost.StartAsync(azurite);
        var town = host.Town;
        var job = host.Services.GetRequiredService<RemindAndEscalateJob>();
        var referral = await host.CreateAsync(host.Draft() with { DueDate = Due });
        await host.DrainAsync();
        Assert.Equal(0, await job.RunAsync(CancellationToken.None));

        town.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 7, 7, 0, 0, TimeSpan.Zero));
        Assert.Equal(1, await job.RunAsync(CancellationToken.None));
        await host.DrainAsync();
        Assert.Equal(0, await job.RunAsync(CancellationToken.None));
        await host.DrainAsync();

        var reminder = Assert.Single(host.MailsTo(town.Specialist), m => m.Subject.StartsWith("Herinnering", StringComparison.Ordinal));
        Assert.Contains(referral.Summary, reminder.Subject, StringComparison.Ordinal);
        Assert.Equal(2, host.CardsTo(town.Specialist).Count); // the request and the reminder
        Assert.Equal("Herinnering: de streefdatum is 8 december 2026.", DispatchHost.LeadOf(host.CardsTo(town.Specialist)[^1]));

        town.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 9, 7, 0, 0, TimeSpan.Zero));
        Assert.Equal(1, await job.RunAsync(CancellationToken.None));
        await host.DrainAsync();
        Assert.Equal(0, await job.RunAsync(CancellationToken.None));
        await host.DrainAsync();
        town.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(0, await job.RunAsync(CancellationToken.None));
        await host.DrainAsync();

        var escalation = Assert.Single(host.MailsTo(town.Manager));
        Assert.StartsWith("Termijn verstreken: ", escalation.Subject, StringComparison.Ordinal);
        var card = Assert.Single(host.CardsTo(town.Manager));
        Assert.StartsWith("Deze verwijzing is over de streefdatum", DispatchHost.LeadOf(card), StringComparison.Ordinal);
        Assert.Equal(2, host.MailsTo(town.Specialist).Count);
        Assert.Equal(2, host.CardsTo(town.Specialist).Count);
        host.AssertNoMailTwice();
        var record = await town.GetAsync(referral.Id);
        Assert.Equal((Due, Due), (record.Referral.RemindedFor, record.Referral.EscalatedFor));
    }

    [Fact]
    public async Task SendsEachManagerOneDigestAWeek()
    {
        await using var host = await DispatchHost.StartAsync(azurite);
        var town = host.Town;
        var job = host.Services.GetRequiredService<WeeklyDigestJob>();
        var referral = await host.CreateAsync(host.Draft("Buurtkamer zoekt ruimte") with { DueDate = Due });
        await host.DrainAsync();

        var monday = new DateTimeOffset(2026, 11, 30, 7, 0, 0, TimeSpan.Zero);
        town.Clock.SetUtcNow(monday);
        Assert.Equal(1, await job.RunAsync(CancellationToken.None));
        Assert.Equal(0, await job.RunAsync(CancellationToken.None));
        town.Clock.Advance(TimeSpan.FromDays(3));
        Assert.Equal(0, await job.RunAsync(CancellationToken.None));

        var digest = Assert.Single(host.CardsTo(town.Manager));
        var texts = DispatchHost.TextsOf(digest).ToList();
        Assert.Equal("Weekoverzicht verwijzingen", texts[0]);
        Assert.Contains("1 open, 0 verlopen", texts);
        var logged = await host.Deliveries.GetAsync(town.Code, WeeklyDigestJob.Key(town.Manager.Id, DateOnly.FromDateTime(monday.UtcDateTime)), CancellationToken.None);
        Assert.Equal(DeliveryState.Sent, logged?.State);

        // The next week, overdue by then: one more digest, listing it.
        town.Clock.SetUtcNow(monday.AddDays(14));
        Assert.Equal(1, await job.RunAsync(CancellationToken.None));
        Assert.Equal(0, await job.RunAsync(CancellationToken.None));

        var cards = host.CardsTo(town.Manager);
        Assert.Equal(2, cards.Count);
        Assert.Contains(DispatchHost.TextsOf(cards[1]), t => t.StartsWith(referral.Summary + " · streefdatum 8 december 2026", StringComparison.Ordinal));
        Assert.Empty(host.CardsTo(town.Outsider));
        Assert.Empty(host.MailsTo(town.Manager));
    }
}
