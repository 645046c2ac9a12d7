namespace Wijkverbinder.TeamsApp.Resources;

/// <summary>
/// Marker for the administration tab's texts: AdminTexts.resx (Dutch) and .en.resx. Refusal reasons come from the
/// API's texts (ApiMessages), so a rule or SLA is refused in the same words on the page and in the API.
/// </summary>
public sealed class AdminTexts;
