namespace Wijkverbinder.Domain.Referrals;

/// <summary>
/// The delivery log's entry for one notification id or digest key: its state, how many attempts claimed it, the Teams
/// activity id of a sent card, or the reason code of a skip. Holds ids and codes only, no personal data.
/// </summary>
public sealed record Delivery(
    string Key,
    DeliveryState State,
    int Attempts,
    DateTimeOffset UpdatedAt,
    string? ActivityId = null,
    string? Reason = null)
{
    public bool IsFinal => State is DeliveryState.Sent or DeliveryState.Skipped;
}
