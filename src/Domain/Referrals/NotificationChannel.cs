namespace Wijkverbinder.Domain.Referrals;

/// <summary>How a notification reaches a colleague.</summary>
public enum NotificationChannel
{
    /// <summary>A mail in their (shared) mailbox through Microsoft Graph.</summary>
    Mail,

    /// <summary>An adaptive card in their 1:1 chat with the bot (or a team's channel).</summary>
    Card,
}
