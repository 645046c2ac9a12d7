using System.Diagnostics;

namespace Wijkverbinder.Storage.Queues;

/// <summary>
/// The W3C trace context (<c>traceparent</c>, <c>tracestate</c>) of the activity that saved a change, kept on its
/// outbox rows and carried in the queue message, so the work after the queue joins the request's trace.
/// </summary>
public sealed record QueueTraceContext(string TraceParent, string? TraceState)
{
    /// <summary>The current activity's context, or null without one (or with a non-W3C id).</summary>
    public static QueueTraceContext? Current() =>
        Activity.Current is { IdFormat: ActivityIdFormat.W3C, Id: { } id } activity ? new(id, activity.TraceStateString) : null;

    /// <summary>From a message's fields; null when it has none (a message from before the trace context).</summary>
    public static QueueTraceContext? From(string? traceParent, string? traceState) =>
        string.IsNullOrEmpty(traceParent) ? null : new(traceParent, traceState);

    /// <summary>The remote parent it names; false when the traceparent does not parse.</summary>
    public bool TryGetParent(out ActivityContext parent) => ActivityContext.TryParse(TraceParent, TraceState, isRemote: true, out parent);
}
