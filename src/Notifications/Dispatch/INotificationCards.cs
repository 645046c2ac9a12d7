using Wijkverbinder.Cards;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Referrals;
using Wijkverbinder.Notifications.Referrals;

namespace Wijkverbinder.Notifications.Dispatch;

/// <summary>
/// The cards the dispatcher sends (the shapes of <c>ReferralCards</c>); a seam so dispatch and its fault tests do not
/// depend on the card wording.
/// </summary>
public interface INotificationCards
{
    AdaptiveCard ForNotification(
        ReferralView view,
        Colleague recipient,
        NotificationPurpose purpose,
        IReadOnlyList<Colleague> forwardTargets,
        IReadOnlyList<string> refreshUserIds);

    AdaptiveCard Digest(string districtManagerName, IReadOnlyList<ReferralView> open, DateOnly today);
}
