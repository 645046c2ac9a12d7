using System.Text.Json;
using System.Text.Json.Serialization;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Meetings;
using Wijkverbinder.Storage.Queues;

namespace Wijkverbinder.Notifications.Meetings;

/// <summary>
/// One queue message on "meetings": which task to do, by ids only, e.g.
/// <c>{"meeting":"GM0202.M.…","sequence":3,"kind":"SyncCalendar","recipient":null}</c>.
/// </summary>
public sealed record MeetingTaskMessage(string Meeting, int Sequence, MeetingTaskKind Kind, string? Recipient)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>The W3C traceparent of the change that caused it; absent on messages from before (they still work).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? TraceParent { get; init; }

    /// <summary>The W3C tracestate that goes with <see cref="TraceParent"/>, if any.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? TraceState { get; init; }

    public static MeetingTaskMessage From(MeetingTask task, QueueTraceContext? trace = null)
    {
        ArgumentNullException.ThrowIfNull(task);
        return new(task.Meeting.ToString(), task.EventSequence, task.Kind, task.Recipient?.Value)
        {
            TraceParent = trace?.TraceParent,
            TraceState = trace?.TraceState,
        };
    }

    /// <summary>Reads a message; one that is not a meeting task throws <see cref="FormatException"/> (it ends in the poison queue).</summary>
    public static MeetingTaskMessage Parse(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<MeetingTaskMessage>(json, Json) ?? throw new FormatException("Empty meeting task message.");
        }
        catch (JsonException e)
        {
            throw new FormatException("Not a meeting task message.", e);
        }
    }

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>The task it names; <see cref="FormatException"/> when an id is not valid.</summary>
    public MeetingTask ToTask()
    {
        ColleagueId? recipient = null;
        if (Recipient is not null)
        {
            recipient = ColleagueId.TryParse(Recipient, out var parsed) ? parsed : throw new FormatException("A meeting task message with an invalid recipient.");
        }

        return MeetingId.TryParse(Meeting, out var meeting) && Sequence > 0 && Enum.IsDefined(Kind)
            ? new MeetingTask(meeting, Sequence, Kind, recipient)
            : throw new FormatException("A meeting task message with an invalid meeting, sequence or kind.");
    }
}
