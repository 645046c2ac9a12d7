namespace Wijkverbinder.Notifications.Resources;

/// <summary>Marker for the meeting card texts: MeetingCardTexts.resx (Dutch, the default) and MeetingCardTexts.en.resx.</summary>
public sealed class MeetingCardTexts;
