namespace Wijkverbinder.TeamsApp.Tabs.Meetings.Contracts;

/// <summary>The user's upcoming and recent meetings, and the open actions from meetings they own.</summary>
public sealed record MyMeetingsResponse(IReadOnlyList<MeetingSummaryResponse> Meetings, IReadOnlyList<OwnedActionResponse> Actions);
