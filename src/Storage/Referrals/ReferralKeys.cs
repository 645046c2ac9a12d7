using System.Globalization;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Referrals;

namespace Wijkverbinder.Storage.Referrals;

/// <summary>
/// Keys of the referrals table (partition = municipality code). One partition holds every row a change writes, so a
/// change is one entity-group transaction:
/// "R|{local}" the referral, "R|{local}|H|{seq}" its history (one range read returns both),
/// "O|{local}|{seq}|{channel}|{recipient}" a pending notification (the outbox), and
/// "U|{colleague}|{local}" a copy of the referral under everyone involved (one range read lists a colleague's referrals).
/// </summary>
internal static class ReferralKeys
{
    public const string ReferralKind = "referral";
    public const string EventKind = "event";
    public const string OutboxKind = "outbox";
    public const string IndexKind = "index";

    /// <summary>Sorts after every character used in keys ('|', digits, letters, '-').</summary>
    private const string After = "~";

    public static string Partition(ReferralId id) => id.Municipality;

    public static string Referral(ReferralId id) => $"R|{id.Local}";

    public static string AfterReferral(ReferralId id) => $"R|{id.Local}|{After}";

    public static string Event(ReferralId id, int sequence) => $"R|{id.Local}|H|{Sequence(sequence)}";

    public static string Referrals => "R|";

    public static string AfterReferrals => "R|" + After;

    public static string Outbox(Notification notification) =>
        $"O|{notification.Referral.Local}|{Sequence(notification.EventSequence)}|{notification.Channel}|{notification.Recipient.Value}";

    public static string Outboxes => "O|";

    public static string AfterOutboxes => "O|" + After;

    public static string Index(ColleagueId colleague, ReferralId id) => $"U|{colleague.Value}|{id.Local}";

    public static string IndexOf(ColleagueId colleague) => $"U|{colleague.Value}|";

    public static string AfterIndexOf(ColleagueId colleague) => $"U|{colleague.Value}|{After}";

    private static string Sequence(int sequence) => sequence.ToString("D5", CultureInfo.InvariantCulture);
}
