namespace Wijkverbinder.Storage.Referrals;

/// <summary>
/// Wakes the outbox relay as soon as a change wrote notifications, so it need not poll often. A notify that comes
/// while nobody waits is kept, so the next wait returns at once and nothing is missed between a read and a wait.
/// </summary>
public sealed class OutboxSignal : IDisposable
{
    private readonly SemaphoreSlim pending = new(0, 1);

    public void Notify()
    {
        try
        {
            pending.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already notified and not yet consumed; one wake-up is enough.
        }
    }

    /// <summary>Returns when notified (now or before) or after <paramref name="timeout"/>.</summary>
    public Task WaitAsync(TimeSpan timeout, CancellationToken ct) => pending.WaitAsync(timeout, ct);

    public void Dispose() => pending.Dispose();
}
