namespace Wijkverbinder.TeamsApp.Resources;

/// <summary>Marker for the audit log section's texts on the administration tab: AuditTexts.resx (Dutch) and .en.resx.</summary>
public sealed class AuditTexts;
