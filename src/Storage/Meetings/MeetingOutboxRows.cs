using Azure.Data.Tables;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Meetings;
using Wijkverbinder.Storage.Queues;

namespace Wijkverbinder.Storage.Meetings;

/// <summary>An outbox row keeps what a <see cref="MeetingTask"/> needs, and when its event happened (for the order).</summary>
internal static class MeetingOutboxRows
{
    public static TableEntity ToRow(MeetingTask task, DateTimeOffset at, QueueTraceContext? trace) =>
        TraceColumns.With(
            new(MeetingKeys.Partition(task.Meeting), MeetingKeys.Outbox(task))
            {
                ["Kind"] = MeetingKeys.OutboxKind,
                ["Local"] = task.Meeting.Local,
                ["Sequence"] = task.EventSequence,
                ["Task"] = task.Kind.ToString(),
                ["Recipient"] = task.Recipient?.Value,
                ["At"] = at,
            },
            trace);

    public static MeetingTask FromRow(TableEntity row) => new(
        new MeetingId(row.PartitionKey, row.GetString("Local")),
        row.GetInt32("Sequence") ?? 0,
        Enum.Parse<MeetingTaskKind>(row.GetString("Task")),
        row.GetString("Recipient") is { } recipient ? new ColleagueId(recipient) : null);

    public static DateTimeOffset At(TableEntity row) => row.GetDateTimeOffset("At") ?? DateTimeOffset.MinValue;
}
