namespace Wijkverbinder.Domain.Meetings;

/// <summary>
/// What one action writes, all in one transaction: the meeting as it is now, its history event, and the work it causes.
/// <see cref="Meeting.Version"/> of <see cref="Before"/> guards the write.
/// </summary>
public sealed record MeetingChange(Meeting? Before, Meeting After, MeetingEvent Event, IReadOnlyList<MeetingTask> Tasks);
