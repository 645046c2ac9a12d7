using System.Text.Json;
using System.Text.Json.Serialization;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.Domain.Programme;
using Wijkverbinder.Storage.Queues;

namespace Wijkverbinder.Notifications.Programme;

/// <summary>
/// One message on the "programme" queue: which area's programme changed, by ids only, e.g.
/// <c>{"area":"GM0202.W1","change":"0197…","at":"2026-11-28T14:00:00+00:00","traceParent":"00-…"}</c>.
/// </summary>
public sealed record ProgrammeCardMessage(string Area, string Change, DateTimeOffset At)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The W3C traceparent of the change that caused it; absent on messages from before (they still work).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? TraceParent { get; init; }

    /// <summary>The W3C tracestate that goes with <see cref="TraceParent"/>, if any.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? TraceState { get; init; }

    public static ProgrammeCardMessage From(ProgrammeChange change, QueueTraceContext? trace = null)
    {
        ArgumentNullException.ThrowIfNull(change);
        return new(change.Area.ToString(), change.Id, change.At)
        {
            TraceParent = trace?.TraceParent,
            TraceState = trace?.TraceState,
        };
    }

    /// <summary>Reads a message; one that is not a programme message throws <see cref="FormatException"/> (it ends in the poison queue).</summary>
    public static ProgrammeCardMessage Parse(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<ProgrammeCardMessage>(json, Json) ?? throw new FormatException("Empty programme message.");
        }
        catch (JsonException e)
        {
            throw new FormatException("Not a programme message.", e);
        }
    }

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public ProgrammeChange ToChange() =>
        AreaId.TryParse(Area, out var area) && !string.IsNullOrWhiteSpace(Change) && Change.All(char.IsAsciiLetterOrDigit)
            ? new ProgrammeChange(area, Change, At)
            : throw new FormatException("A programme message with an invalid area or change id.");
}
