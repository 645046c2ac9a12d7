using Microsoft.Extensions.Logging;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Referrals;
using Wijkverbinder.Notifications.Mail;
using Wijkverbinder.Notifications.Referrals;
using Wijkverbinder.Storage.Queues;

namespace Wijkverbinder.Notifications.Dispatch;

/// <summary>
/// Delivers one notification, once. The delivery log is claimed before the send and marked after it, so a redelivered
/// message sends nothing; a mail whose claim was left at Sending (a crash between send and record) is looked up in the
/// sender's Sent Items first. A transient failure throws, so the queue retries it and, after five tries, parks it in
/// the poison queue. Logs carry notification ids and outcomes only.
/// </summary>
public sealed partial class NotificationDispatcher(
    IDeliveryLog deliveries,
    ReferralViews views,
    IColleagueDirectory colleagues,
    IMailSender mail,
    ReferralMailComposer composer,
    INotificationCards cards,
    ProactiveCardSender cardSender,
    ReferralService referrals,
    ILogger<NotificationDispatcher> logger)
{
    public async Task<DeliveryState> DispatchAsync(NotificationMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var notification = message.ToNotification();
        using var activity = QueueActivity.Start("DispatchNotification", AppQueues.NotificationsQueueName, notification.Id, QueueTraceContext.From(message.TraceParent, message.TraceState));
        var municipality = notification.Referral.Municipality;
        var previous = await deliveries.ClaimAsync(municipality, notification.Id, cancellationToken);
        if (previous is { IsFinal: true })
        {
            LogAlreadyDone(logger, notification.Id, previous.State);
            await AfterDeliveryAsync(notification, previous.State, cancellationToken);
            return previous.State;
        }

        var outcome = await SendAsync(notification, previous, cancellationToken);
        if (outcome.State == DeliveryState.Sent)
        {
            await deliveries.MarkSentAsync(municipality, notification.Id, outcome.ActivityId, cancellationToken);
        }
        else
        {
            await deliveries.MarkSkippedAsync(municipality, notification.Id, outcome.Reason ?? DeliverySkipReasons.NoConversation, cancellationToken);
        }

        LogOutcome(logger, notification.Id, outcome.State, outcome.Reason, (previous?.Attempts ?? 0) + 1);
        await AfterDeliveryAsync(notification, outcome.State, cancellationToken);
        return outcome.State;
    }

    private async Task<SendOutcome> SendAsync(Notification notification, Delivery? previous, CancellationToken cancellationToken)
    {
        var view = await views.GetAsync(notification.Referral, cancellationToken);
        if (view is null)
        {
            return SendOutcome.Skipped(DeliverySkipReasons.UnknownReferral);
        }

        var recipient = await colleagues.GetAsync(notification.Referral.Municipality, notification.Recipient, cancellationToken);
        if (recipient is null)
        {
            return SendOutcome.Skipped(DeliverySkipReasons.UnknownRecipient);
        }

        return notification.Channel == NotificationChannel.Mail
            ? await SendMailAsync(view, notification, recipient, previous, cancellationToken)
            : await SendCardAsync(view, notification, recipient, cancellationToken);
    }

    private async Task<SendOutcome> SendMailAsync(
        ReferralView view, Notification notification, Colleague recipient, Delivery? previous, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(recipient.Mail))
        {
            return SendOutcome.Skipped(DeliverySkipReasons.NoMailbox);
        }

        var outgoing = composer.Compose(view, notification, recipient);
        if (previous?.State == DeliveryState.Sending
            && await mail.WasSentAsync(outgoing.FromMailbox, outgoing.InternetMessageId, cancellationToken))
        {
            // An earlier attempt sent it and stopped before recording that.
            LogFoundInSentItems(logger, notification.Id);
            return SendOutcome.Sent();
        }

        try
        {
            await mail.SendAsync(outgoing, cancellationToken);
            return SendOutcome.Sent();
        }
        catch (MailDeliveryException e) when (!e.IsTransient)
        {
            return SendOutcome.Skipped(DeliverySkipReasons.MailRefused);
        }
    }

    private async Task<SendOutcome> SendCardAsync(ReferralView view, Notification notification, Colleague recipient, CancellationToken cancellationToken)
    {
        var referral = view.Referral;
        var refreshUserIds = await cardSender.UserIdsAsync([referral.Referrer, referral.Receiver], cancellationToken);
        var everyone = await colleagues.ListAsync(notification.Referral.Municipality, cancellationToken);
        var forwardTargets = everyone.Where(c => c.Id != referral.Receiver && c.Id != referral.Referrer).ToList();
        return await cardSender.SendAsync(
            recipient,
            () => cards.ForNotification(view, recipient, notification.Purpose, forwardTargets, refreshUserIds),
            cancellationToken);
    }

    /// <summary>The receiver has the request: the referral becomes Sent (safe to repeat; only a New one changes).</summary>
    private async Task AfterDeliveryAsync(Notification notification, DeliveryState state, CancellationToken cancellationToken)
    {
        if (state == DeliveryState.Sent && notification.Purpose == NotificationPurpose.NewRequest)
        {
            await referrals.MarkSentAsync(notification.Referral, cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Notification {NotificationId} was {State} already; nothing sent.")]
    private static partial void LogAlreadyDone(ILogger logger, string notificationId, DeliveryState state);

    [LoggerMessage(Level = LogLevel.Information, Message = "Notification {NotificationId}: {State} {Reason} (attempt {Attempt}).")]
    private static partial void LogOutcome(ILogger logger, string notificationId, DeliveryState state, string? reason, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Notification {NotificationId}: found in Sent Items after an interrupted attempt; not sent again.")]
    private static partial void LogFoundInSentItems(ILogger logger, string notificationId);
}
