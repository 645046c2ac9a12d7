namespace Wijkverbinder.TeamsApp.Tabs.Meetings.Contracts;

/// <summary>An action agreed in the meeting.</summary>
public sealed record AgreedActionResponse(int Number, string Text, string Owner, string OwnerName, string DueOn, bool Done);
