using System.Diagnostics;
using Wijkverbinder.Storage.Queues;

namespace Wijkverbinder.Notifications.Dispatch;

/// <summary>
/// The activity of handling one queue message. Its parent is the trace context the message carries (the request that
/// saved the change), so one trace runs from the request through the queue to Graph and the Bot Connector; the host's
/// own activity at that moment (the Functions invocation) becomes a link. A message without one (from before) starts
/// under the current activity, as before.
/// </summary>
public static class QueueActivity
{
    /// <summary>ServiceDefaults' telemetry name, whose sources OpenTelemetry already records.</summary>
    public const string SourceName = "Wijkverbinder";

    /// <summary>The app's one activity source, shared with <see cref="JobActivity"/>.</summary>
    internal static readonly ActivitySource Source = new(SourceName);

    /// <param name="name">The operation: the Function's name (<c>DispatchNotification</c>, <c>DoMeetingTask</c>).</param>
    /// <param name="queue">The queue the message came from.</param>
    /// <param name="item">The id of what the message is about (ids only).</param>
    /// <param name="trace">The message's trace context, or null.</param>
    public static Activity? Start(string name, string queue, string item, QueueTraceContext? trace)
    {
        var tags = new ActivityTagsCollection
        {
            ["messaging.system"] = "azure_queue",
            ["messaging.operation.type"] = "process",
            ["messaging.destination.name"] = queue,
            ["wijkverbinder.item"] = item,
        };
        if (trace is not null && trace.TryGetParent(out var parent))
        {
            var links = Activity.Current is { } host ? new[] { new ActivityLink(host.Context) } : null;
            return Source.StartActivity(name, ActivityKind.Consumer, parent, tags, links);
        }

        return Source.StartActivity(name, ActivityKind.Consumer, parentContext: default, tags);
    }
}
