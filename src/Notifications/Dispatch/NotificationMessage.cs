using System.Text.Json;
using System.Text.Json.Serialization;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Referrals;
using Wijkverbinder.Storage.Queues;

namespace Wijkverbinder.Notifications.Dispatch;

/// <summary>
/// One queue message on "notifications": which notification to dispatch, by ids only, e.g.
/// <c>{"referral":"GM0202.R.…","sequence":3,"channel":"Mail","recipient":"…","purpose":"NewRequest","traceParent":"00-…"}</c>.
/// On the queue it is Base64-encoded, as the Functions queue trigger expects.
/// </summary>
public sealed record NotificationMessage(
    string Referral,
    int Sequence,
    NotificationChannel Channel,
    string Recipient,
    NotificationPurpose Purpose)
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

    public static NotificationMessage From(Notification notification, QueueTraceContext? trace = null)
    {
        ArgumentNullException.ThrowIfNull(notification);
        return new(notification.Referral.ToString(), notification.EventSequence, notification.Channel, notification.Recipient.Value, notification.Purpose)
        {
            TraceParent = trace?.TraceParent,
            TraceState = trace?.TraceState,
        };
    }

    /// <summary>Reads a message; a message that is not one throws <see cref="FormatException"/> (it ends in the poison queue).</summary>
    public static NotificationMessage Parse(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<NotificationMessage>(json, Json) ?? throw new FormatException("Empty notification message.");
        }
        catch (JsonException e)
        {
            throw new FormatException("Not a notification message.", e);
        }
    }

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>The notification it names; <see cref="FormatException"/> when an id is not valid.</summary>
    public Notification ToNotification() =>
        ReferralId.TryParse(Referral, out var referral) && ColleagueId.TryParse(Recipient, out var recipient) && Sequence > 0
            ? new Notification(referral, Sequence, Channel, recipient, Purpose)
            : throw new FormatException("A notification message with an invalid referral, recipient or sequence.");
}
