using Azure.Data.Tables;

namespace Wijkverbinder.Storage.Queues;

/// <summary>
/// The two columns in which every outbox row (notifications, meeting tasks, programme changes, booking cards) keeps
/// the <see cref="QueueTraceContext"/> of the change that wrote it, so the relay can put it in the queue message.
/// </summary>
internal static class TraceColumns
{
    private const string TraceParent = "TraceParent";
    private const string TraceState = "TraceState";

    /// <summary>Adds the trace context to the row (empty columns without one) and returns the row.</summary>
    public static TableEntity With(TableEntity row, QueueTraceContext? trace)
    {
        row[TraceParent] = trace?.TraceParent;
        row[TraceState] = trace?.TraceState;
        return row;
    }

    /// <summary>The row's trace context; null for a row without one (written before, or outside an activity).</summary>
    public static QueueTraceContext? Read(TableEntity row) => QueueTraceContext.From(row.GetString(TraceParent), row.GetString(TraceState));
}
