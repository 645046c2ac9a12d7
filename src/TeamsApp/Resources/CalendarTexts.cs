namespace Wijkverbinder.TeamsApp.Resources;

/// <summary>Marker for the local calendar page's texts: CalendarTexts.resx (Dutch, the default) and CalendarTexts.en.resx.</summary>
public sealed class CalendarTexts;
