namespace Wijkverbinder.TeamsApp.Resources;

/// <summary>
/// Marker for the meetings tab's texts (the page, the plan form, a meeting's details, "my actions"):
/// MeetingTabTexts.resx (Dutch) and .en.resx. Refusal reasons come from the API's texts (ApiMessages).
/// </summary>
public sealed class MeetingTabTexts;
