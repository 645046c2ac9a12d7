namespace Wijkverbinder.TeamsApp.Resources;

/// <summary>
/// Marker for the shared resources tab's texts (each resource's month, the request form): BookingTabTexts.resx (Dutch)
/// and .en.resx. Refusal reasons come from the API's texts (ApiMessages).
/// </summary>
public sealed class BookingTabTexts;
