using Wijkverbinder.Storage.Queues;

namespace Wijkverbinder.Notifications.Dispatch;

/// <summary>The poison queue for administrators: look at what failed, and send it back to be dispatched again.</summary>
public sealed class PoisonQueue(AppQueues queues)
{
    /// <summary>Peeks up to 32 messages (the queue service's maximum); peeking leaves them in place.</summary>
    public async Task<IReadOnlyList<PoisonMessage>> ListAsync(CancellationToken cancellationToken)
    {
        var peeked = await queues.Poison.PeekMessagesAsync(32, cancellationToken);
        return peeked.Value.Select(m => new PoisonMessage(m.MessageId, m.Body.ToString(), m.DequeueCount, m.InsertedOn)).ToList();
    }

    /// <summary>Moves every poison message back to "notifications"; returns how many.</summary>
    public async Task<int> ReplayAsync(CancellationToken cancellationToken)
    {
        var moved = 0;
        while (true)
        {
            var batch = (await queues.Poison.ReceiveMessagesAsync(32, TimeSpan.FromSeconds(30), cancellationToken)).Value;
            if (batch.Length == 0)
            {
                return moved;
            }

            foreach (var message in batch)
            {
                await queues.Notifications.SendMessageAsync(message.Body.ToString(), cancellationToken);
                await queues.Poison.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken);
                moved++;
            }
        }
    }
}
