using Azure.Data.Tables;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Meetings;
using Wijkverbinder.Storage.Queues;

namespace Wijkverbinder.Storage.Meetings;

/// <summary>An outbox row keeps what a <see cref="MeetingTask"/> needs, and when its event happened (for the order).</summary>
internal static class MeetingOutboxRows
{
    public static TableEntity ToRow(MeetingTask task, DateTimeOffset at, QueueTraceContext? trace) =>
        new(MeetingKeys.Partition(task.Meeting), MeetingKeys.Outbox(task))
        {
            ["Kind"] = MeetingKeys.OutboxKind,
            ["Local"] = task.Meeting.Local,
            ["Sequence"] = task.EventSequence,
            ["Task"] = task.Kind.ToString(),
            ["Recipient"] = task.Recipient?.Value,
            ["At"] = at,
            // The change's trace (the request that saved it), so the queue message can carry it on.
            ["TraceParent"] = trace?.TraceParent,
            ["TraceState"] = trace?.TraceState,
        };

    public static MeetingTask FromRow(TableEntity row) => new(
        new MeetingId(row.PartitionKey, row.GetString("Local")),
        row.GetInt32("Sequence") ?? 0,
        Enum.Parse<MeetingTaskKind>(row.GetString("Task")),
        row.GetString("Recipient") is { } recipient ? new ColleagueId(recipient) : null);

    public static QueueTraceContext? TraceOf(TableEntity row) => QueueTraceContext.From(row.GetString("TraceParent"), row.GetString("TraceState"));

    public static DateTimeOffset At(TableEntity row) => row.GetDateTimeOffset("At") ?? DateTimeOffset.MinValue;
}
