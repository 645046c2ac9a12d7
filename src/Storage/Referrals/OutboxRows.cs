using Azure.Data.Tables;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Referrals;
using Wijkverbinder.Storage.Queues;

namespace Wijkverbinder.Storage.Referrals;

/// <summary>An outbox row keeps what a <see cref="Notification"/> needs, and when its event happened (for the order).</summary>
internal static class OutboxRows
{
    public static TableEntity ToRow(Notification notification, DateTimeOffset at, QueueTraceContext? trace) =>
        TraceColumns.With(
            new(ReferralKeys.Partition(notification.Referral), ReferralKeys.Outbox(notification))
            {
                ["Kind"] = ReferralKeys.OutboxKind,
                ["Local"] = notification.Referral.Local,
                ["Sequence"] = notification.EventSequence,
                ["Channel"] = notification.Channel.ToString(),
                ["Recipient"] = notification.Recipient.Value,
                ["Purpose"] = notification.Purpose.ToString(),
                ["At"] = at,
            },
            trace);

    public static Notification FromRow(TableEntity row) => new(
        new ReferralId(row.PartitionKey, row.GetString("Local")),
        row.GetInt32("Sequence") ?? 0,
        Enum.Parse<NotificationChannel>(row.GetString("Channel")),
        new ColleagueId(row.GetString("Recipient")),
        Enum.Parse<NotificationPurpose>(row.GetString("Purpose")));

    public static DateTimeOffset At(TableEntity row) => row.GetDateTimeOffset("At") ?? DateTimeOffset.MinValue;
}
