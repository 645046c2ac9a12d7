namespace Wijkverbinder.Notifications.Resources;

/// <summary>Marker for the programme and success card texts: ProgrammeCardTexts.resx (Dutch, the default) and ProgrammeCardTexts.en.resx.</summary>
public sealed class ProgrammeCardTexts;
