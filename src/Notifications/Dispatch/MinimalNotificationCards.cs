using Wijkverbinder.Cards;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Referrals;
using Wijkverbinder.Notifications.Referrals;

namespace Wijkverbinder.Notifications.Dispatch;

/// <summary>
/// A stopgap until the worded cards (<c>ReferralCards</c>) are registered: the referral's own data only (summary,
/// district, theme), no fixed wording. Registered with TryAdd, so any other <see cref="INotificationCards"/> wins.
/// </summary>
public sealed class MinimalNotificationCards : INotificationCards
{
    public AdaptiveCard ForNotification(
        ReferralView view,
        Colleague recipient,
        NotificationPurpose purpose,
        IReadOnlyList<Colleague> forwardTargets,
        IReadOnlyList<string> refreshUserIds)
    {
        ArgumentNullException.ThrowIfNull(view);
        return new AdaptiveCard
        {
            FallbackText = view.Referral.Summary,
            Body =
            [
                new TextBlock { Text = view.Referral.Summary, Wrap = true },
                new TextBlock { Text = $"{view.DistrictName} · {view.ThemeName}", Wrap = true, IsSubtle = true },
            ],
        };
    }

    public AdaptiveCard Digest(string districtManagerName, IReadOnlyList<ReferralView> open, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(open);
        return new AdaptiveCard
        {
            FallbackText = districtManagerName,
            Body = [.. open.Select(v => (CardElement)new TextBlock { Text = $"{v.Referral.DueDate:yyyy-MM-dd} {v.Referral.Summary}", Wrap = true })],
        };
    }
}
