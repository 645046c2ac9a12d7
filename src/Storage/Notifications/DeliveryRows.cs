using Azure.Data.Tables;
using Wijkverbinder.Domain.Referrals;

namespace Wijkverbinder.Storage.Notifications;

/// <summary>A delivery log row: state, attempts, when, and the activity id or skip reason. Ids and codes only.</summary>
internal static class DeliveryRows
{
    public static TableEntity ToRow(string municipality, Delivery delivery) =>
        new(municipality, delivery.Key)
        {
            ["State"] = delivery.State.ToString(),
            ["Attempts"] = delivery.Attempts,
            ["At"] = delivery.UpdatedAt,
            ["ActivityId"] = delivery.ActivityId,
            ["Reason"] = delivery.Reason,
        };

    public static Delivery FromRow(TableEntity row) => new(
        row.RowKey,
        Enum.Parse<DeliveryState>(row.GetString("State")),
        row.GetInt32("Attempts") ?? 0,
        row.GetDateTimeOffset("At") ?? DateTimeOffset.MinValue,
        row.GetString("ActivityId"),
        row.GetString("Reason"));
}
