namespace Wijkverbinder.Domain.Referrals;

/// <summary>The reason codes of a skipped delivery (kept in the delivery log, shown to administrators).</summary>
public static class DeliverySkipReasons
{
    public const string NoConversation = "NoConversation";
    public const string Blocked = "Blocked";
    public const string UnknownRecipient = "UnknownRecipient";
    public const string UnknownReferral = "UnknownReferral";
    public const string NoMailbox = "NoMailbox";
    public const string ConnectorRefused = "ConnectorRefused";
    public const string MailRefused = "MailRefused";
    public const string NothingOpen = "NothingOpen";
}
