using System.Text.Json;
using System.Text.Json.Serialization;
using Wijkverbinder.Domain.Bookings;
using Wijkverbinder.Storage.Queues;

namespace Wijkverbinder.Notifications.Bookings;

/// <summary>One queue message on "bookings": which card to send, by ids only, e.g. <c>{"booking":"GM0202.B.…","sequence":2,"kind":"TellRequester","traceParent":"00-…"}</c>.</summary>
public sealed record BookingTaskMessage(string Booking, int Sequence, BookingTaskKind Kind)
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

    public static BookingTaskMessage From(BookingTask task, QueueTraceContext? trace = null)
    {
        ArgumentNullException.ThrowIfNull(task);
        return new(task.Booking.ToString(), task.Sequence, task.Kind)
        {
            TraceParent = trace?.TraceParent,
            TraceState = trace?.TraceState,
        };
    }

    /// <summary>Reads a message; one that is not a booking task throws <see cref="FormatException"/> (it ends in the poison queue).</summary>
    public static BookingTaskMessage Parse(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<BookingTaskMessage>(json, Json) ?? throw new FormatException("Empty booking task message.");
        }
        catch (JsonException e)
        {
            throw new FormatException("Not a booking task message.", e);
        }
    }

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>The task it names; <see cref="FormatException"/> when an id is not valid.</summary>
    public BookingTask ToTask() =>
        BookingId.TryParse(Booking, out var booking) && Sequence > 0 && Enum.IsDefined(Kind)
            ? new BookingTask(booking, Sequence, Kind)
            : throw new FormatException("A booking task message with an invalid booking, sequence or kind.");
}
