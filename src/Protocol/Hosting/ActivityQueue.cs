using System.Threading.Channels;
using Microsoft.Extensions.Options;
using Wijkverbinder.Protocol.Schema;

namespace Wijkverbinder.Protocol.Hosting;

/// <summary>
/// Acknowledged activities on their way to <see cref="IActivityHandler.OnActivityAsync"/>: bounded, so a burst cannot
/// take the process's memory, and read by one <see cref="ActivityQueueWorker"/>.
/// </summary>
internal sealed class ActivityQueue(IOptions<BotEndpointOptions> options)
{
    private readonly Channel<Activity> channel = Channel.CreateBounded<Activity>(
        new BoundedChannelOptions(options.Value.QueueCapacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    public ChannelReader<Activity> Reader => channel.Reader;

    /// <summary>False when the queue is full; the request is then refused rather than kept waiting.</summary>
    public bool TryEnqueue(Activity activity) => channel.Writer.TryWrite(activity);
}
