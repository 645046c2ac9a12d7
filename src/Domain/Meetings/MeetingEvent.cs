using Wijkverbinder.Domain.Colleagues;

namespace Wijkverbinder.Domain.Meetings;

/// <summary>One line of a meeting's history: what happened, who did it, when. No free text: the meeting holds that.</summary>
public sealed record MeetingEvent(int Sequence, MeetingEventKind Kind, ColleagueId Actor, DateTimeOffset At);
