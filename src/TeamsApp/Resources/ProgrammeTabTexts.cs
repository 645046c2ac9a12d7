namespace Wijkverbinder.TeamsApp.Resources;

/// <summary>Marker for the programme page's texts: ProgrammeTabTexts.resx (Dutch, the default) and ProgrammeTabTexts.en.resx.</summary>
public sealed class ProgrammeTabTexts;
