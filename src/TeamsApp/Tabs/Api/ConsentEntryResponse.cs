namespace Wijkverbinder.TeamsApp.Tabs.Api;

/// <summary>One of the user's own entries in the network with their opt-in (consentRecordedOn: yyyy-MM-dd, or null).</summary>
public sealed record ConsentEntryResponse(string MemberId, string Name, string Area, bool ShowContactDetails, string? ConsentRecordedOn);
