namespace Wijkverbinder.TeamsApp.Tabs.Meetings.Contracts;

/// <summary>A new agreed action: what, the owner's colleague id, and the due date (yyyy-MM-dd).</summary>
public sealed record AgreeActionRequest(string? Text, string? Owner, string? DueOn);
