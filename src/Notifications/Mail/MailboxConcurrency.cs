using System.Collections.Concurrent;

namespace Wijkverbinder.Notifications.Mail;

/// <summary>
/// Limits concurrent Graph requests per sender mailbox: Outlook allows 4 at a time per mailbox and throttles the rest.
/// </summary>
internal sealed class MailboxConcurrency(int perMailbox)
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> gates = new(StringComparer.OrdinalIgnoreCase);

    public async Task<T> RunAsync<T>(string mailbox, Func<Task<T>> work, CancellationToken cancellationToken)
    {
        var gate = gates.GetOrAdd(mailbox, _ => new SemaphoreSlim(perMailbox, perMailbox));
        await gate.WaitAsync(cancellationToken);
        try
        {
            return await work();
        }
        finally
        {
            gate.Release();
        }
    }
}
