namespace Wijkverbinder.TeamsApp.Resources;

/// <summary>Marker for the API's user-facing texts: ApiMessages.resx (Dutch, the default) and ApiMessages.en.resx.</summary>
public sealed class ApiMessages;
