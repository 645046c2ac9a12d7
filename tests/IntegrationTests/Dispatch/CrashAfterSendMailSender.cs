using Wijkverbinder.Notifications.Mail;

namespace Wijkverbinder.IntegrationTests.Dispatch;

/// <summary>
/// The real sender, but the first mail "kills the worker" right after Graph accepted it: the dispatcher never gets to
/// record the send, so its claim stays at Sending.
/// </summary>
internal sealed class CrashAfterSendMailSender(IMailSender inner) : IMailSender
{
    private int sends;

    public async Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken)
    {
        await inner.SendAsync(mail, cancellationToken);
        if (Interlocked.Increment(ref sends) == 1)
        {
            throw new OperationCanceledException("The worker was stopped after the mail went out.");
        }
    }

    public Task<bool> WasSentAsync(string fromMailbox, string internetMessageId, CancellationToken cancellationToken) =>
        inner.WasSentAsync(fromMailbox, internetMessageId, cancellationToken);
}
