using Wijkverbinder.Domain.Referrals;
using Wijkverbinder.IntegrationTests.Infrastructure;

namespace Wijkverbinder.IntegrationTests.Dispatch;

/// <summary>
/// A referral from creation to completion through the real services: the outbox relay, the queue on Azurite, the
/// dispatcher, Graph (fake) and the Bot Connector (stub).
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class DispatchEndToEndTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task CreateAcceptCompleteMailsAndCardsEveryoneOnce()
    {
        await using var host = await DispatchHost.StartAsync(azurite);
        var town = host.Town;
        var referral = await host.CreateAsync(host.Draft("Hulp bij formulieren voor mevrouw"));

        Assert.Equal(2, await host.Relay.RelayAsync(town.Code, CancellationToken.None));
        Assert.Equal(2, await host.Processor.ProcessBatchAsync(32, CancellationToken.None));

        // One mail to the receiver, field by field.
        var mail = Assert.Single(host.Mails());
        Assert.Equal(1, host.Graph.Accepted);
        Assert.Equal($"/v1.0/users/{DispatchHost.Sender}/sendMail", mail.Path);
        Assert.Equal("Nieuwe doorverwijzing: Hulp bij formulieren voor mevrouw", mail.Subject);
        Assert.Equal("html", mail.ContentType);
        Assert.Contains("Hulp bij formulieren voor mevrouw", mail.Html, StringComparison.Ordinal);
        Assert.Equal(town.Specialist.Mail, mail.To);
        Assert.Equal($"<{new Notification(referral.Id, 1, NotificationChannel.Mail, town.Specialist.Id, NotificationPurpose.NewRequest).Id}@gemeente.example>", mail.InternetMessageId);
        Assert.True(mail.SaveToSentItems);

        // One card to the receiver's 1:1 chat: an adaptive card with the summary, refreshing for referrer and receiver.
        var activity = Assert.Single(host.Connector.Delivered(DispatchHost.ConversationOf(town.Specialist)));
        Assert.Equal("message", activity["type"]!.GetValue<string>());
        var card = DispatchHost.CardOf(activity);
        Assert.Equal("AdaptiveCard", card.GetProperty("type").GetString());
        Assert.Contains(DispatchHost.TextsOf(card.GetProperty("body")), t => t == "Verwijzing: Hulp bij formulieren voor mevrouw");
        Assert.Equal(
            [DispatchHost.UserIdOf(town.Referrer), DispatchHost.UserIdOf(town.Specialist)],
            card.GetProperty("refresh").GetProperty("userIds").EnumerateArray().Select(u => u.GetString()!));
        Assert.Contains(card.GetProperty("actions").EnumerateArray(), a => a.GetProperty("type").GetString() == "Action.Execute");
        Assert.Single(host.Connector.AllDelivered);

        // Delivered: the referral became Sent, and the delivery log says so.
        Assert.Equal(ReferralStatus.Sent, (await town.GetAsync(referral.Id)).Referral.Status);
        var delivery = await host.Deliveries.GetAsync(town.Code, new Notification(referral.Id, 1, NotificationChannel.Card, town.Specialist.Id, NotificationPurpose.NewRequest).Id, CancellationToken.None);
        Assert.Equal(DeliveryState.Sent, delivery?.State);
        Assert.Equal("activity-1", delivery?.ActivityId);

        await host.DrainAsync();
        Assert.True((await host.Referrals.AcceptAsync(referral.Id, town.Specialist.Id, CancellationToken.None))!.IsValid);
        await host.DrainAsync();
        Assert.True((await host.Referrals.CompleteAsync(referral.Id, town.Specialist.Id, "Formulieren samen ingevuld.", CancellationToken.None))!.IsValid);
        await host.DrainAsync();

        // The referrer: a card per change (sent, accepted, completed) and one mail, for the completion.
        var referrerCards = host.CardsTo(town.Referrer);
        Assert.Equal(3, referrerCards.Count);
        var leads = referrerCards.Select(DispatchHost.LeadOf).ToList();
        Assert.All(leads, l => Assert.StartsWith("Bijgewerkt: ", l, StringComparison.Ordinal));
        Assert.Equal(3, leads.Distinct().Count());
        var completed = Assert.Single(host.MailsTo(town.Referrer));
        Assert.Equal("Doorverwijzing afgerond: Hulp bij formulieren voor mevrouw", completed.Subject);
        Assert.Contains("Formulieren samen ingevuld.", completed.Html, StringComparison.Ordinal);
        Assert.Contains("Formulieren samen ingevuld.", DispatchHost.TextsOf(referrerCards[^1]));

        // The receiver got nothing more than the request; nothing went twice, nothing is left.
        Assert.Single(host.CardsTo(town.Specialist));
        Assert.Single(host.MailsTo(town.Specialist));
        Assert.Equal(2, host.Mails().Count);
        host.AssertNoMailTwice();
        Assert.Equal(4, host.Connector.AllDelivered.Count);
        Assert.Empty(await town.Outbox.ListPendingAsync(town.Code, 32, CancellationToken.None));
        Assert.Equal(ReferralStatus.Completed, (await town.GetAsync(referral.Id)).Referral.Status);
    }
}
