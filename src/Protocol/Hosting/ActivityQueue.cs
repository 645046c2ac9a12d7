using System.Threading.Channels;
using Microsoft.Extensions.Options;
using Wijkverbinder.Protocol.Schema;

namespace Wijkverbinder.Protocol.Hosting;

/// <summary>
/// Acknowledged activities on their way to <see cref="IActivityHandler.OnActivityAsync"/>: bounded, so a burst cannot
/// take the process's memory, in lanes by conversation (one conversation's activities stay in order), each read by
/// one loop of <see cref="ActivityQueueWorker"/>.
/// </summary>
internal sealed class ActivityQueue
{
    private readonly Channel<Activity>[] lanes;

    public ActivityQueue(IOptions<BotEndpointOptions> options)
    {
        var count = Math.Max(1, options.Value.Lanes);
        var capacity = Math.Max(1, options.Value.QueueCapacity / count);
        lanes = Enumerable.Range(0, count)
            .Select(_ => Channel.CreateBounded<Activity>(new BoundedChannelOptions(capacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait }))
            .ToArray();
    }

    public IReadOnlyList<ChannelReader<Activity>> Readers => lanes.Select(l => l.Reader).ToArray();

    /// <summary>False when the conversation's lane is full; the request is then refused rather than kept waiting.</summary>
    public bool TryEnqueue(Activity activity)
    {
        var key = activity.Conversation?.Id ?? string.Empty;
        var lane = (int)((uint)StringComparer.Ordinal.GetHashCode(key) % (uint)lanes.Length);
        return lanes[lane].Writer.TryWrite(activity);
    }
}
