namespace Wijkverbinder.Notifications;

/// <summary>
/// The app's own settings (section "Wijkverbinder"), read the same way by the TeamsApp and the Functions.
/// One installation serves one municipality in one tenant.
/// </summary>
public sealed class WijkverbinderOptions
{
    public const string Section = "Wijkverbinder";

    /// <summary>The CBS code of the municipality this installation serves, e.g. GM0202 for Arnhem.</summary>
    public string MunicipalityCode { get; set; } = string.Empty;

    /// <summary>The Entra tenant whose people get proactive cards (the key of their conversation addresses).</summary>
    public string TenantId { get; set; } = string.Empty;

    /// <summary>The Teams app id of the manifest; deep links open the app's "my referrals" tab with it.</summary>
    public string TeamsAppId { get; set; } = string.Empty;

    /// <summary>The mailbox referral mails are sent from (a shared mailbox of the municipality).</summary>
    public string SenderMailbox { get; set; } = string.Empty;

    /// <summary>
    /// A shared calendar mailbox that holds every meeting's calendar event; empty: the organiser's own mailbox. With a
    /// shared calendar the organiser is invited like the others.
    /// </summary>
    public string CalendarMailbox { get; set; } = string.Empty;
}
