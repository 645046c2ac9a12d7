namespace Wijkverbinder.TeamsApp.Resources;

/// <summary>Marker for the local outbox page's texts: OutboxTexts.resx (Dutch, the default) and OutboxTexts.en.resx.</summary>
public sealed class OutboxTexts;
