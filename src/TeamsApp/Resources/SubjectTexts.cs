namespace Wijkverbinder.TeamsApp.Resources;

/// <summary>Marker for the texts of access and erasure requests (export notes, the admin section): SubjectTexts.resx and .en.resx.</summary>
public sealed class SubjectTexts;
