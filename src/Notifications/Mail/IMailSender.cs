namespace Wijkverbinder.Notifications.Mail;

/// <summary>Sends mail from a mailbox of the municipality (Microsoft Graph in Azure, the stand-in locally).</summary>
public interface IMailSender
{
    Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken);

    /// <summary>True when a mail with this Internet message id is in the sender's Sent Items (an earlier attempt went out).</summary>
    Task<bool> WasSentAsync(string fromMailbox, string internetMessageId, CancellationToken cancellationToken);
}
