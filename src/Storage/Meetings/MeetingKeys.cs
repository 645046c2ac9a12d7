using System.Globalization;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Meetings;

namespace Wijkverbinder.Storage.Meetings;

/// <summary>
/// Keys of the meetings table (partition = municipality code), so that every row a change writes is in one partition:
/// "M|{local}" the meeting, "M|{local}|H|{seq}" its history (one range read returns both),
/// "S|{start ticks}|{local}" a copy of the meeting under its start (one range read lists the meetings since a moment),
/// "U|{colleague}|{local}" a pointer under the organiser and each invited colleague, with the start,
/// "O|{local}|{seq}|{kind}|{recipient}" a task to do (the outbox), and "L|{local}" the links the workers write.
/// </summary>
internal static class MeetingKeys
{
    public const string MeetingKind = "meeting";
    public const string EventKind = "event";
    public const string StartKind = "start";
    public const string IndexKind = "index";
    public const string OutboxKind = "outbox";
    public const string LinksKind = "links";

    /// <summary>Sorts after every character used in keys ('|', digits, letters, '-').</summary>
    private const string After = "~";

    public static string Partition(MeetingId id) => id.Municipality;

    public static string Meeting(MeetingId id) => $"M|{id.Local}";

    public static string AfterMeeting(MeetingId id) => $"M|{id.Local}|{After}";

    public static string Event(MeetingId id, int sequence) => $"M|{id.Local}|H|{Sequence(sequence)}";

    /// <summary>UTC ticks, zero-padded, so key order is start order.</summary>
    public static string Start(DateTimeOffset start, MeetingId id) => $"{StartsFrom(start)}{id.Local}";

    public static string StartsFrom(DateTimeOffset since) =>
        $"S|{since.UtcTicks.ToString("D19", CultureInfo.InvariantCulture)}|";

    public static string AfterStarts => "S|" + After;

    public static string Index(ColleagueId colleague, MeetingId id) => $"U|{colleague.Value}|{id.Local}";

    public static string IndexOf(ColleagueId colleague) => $"U|{colleague.Value}|";

    public static string AfterIndexOf(ColleagueId colleague) => $"U|{colleague.Value}|{After}";

    public static string Outbox(MeetingTask task) =>
        $"O|{task.Meeting.Local}|{Sequence(task.EventSequence)}|{task.Kind}|{task.Recipient?.Value ?? "-"}";

    public static string Outboxes => "O|";

    public static string AfterOutboxes => "O|" + After;

    public static string Links(MeetingId id) => $"L|{id.Local}";

    private static string Sequence(int sequence) => sequence.ToString("D5", CultureInfo.InvariantCulture);
}
