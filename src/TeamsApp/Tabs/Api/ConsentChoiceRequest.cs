namespace Wijkverbinder.TeamsApp.Tabs.Api;

/// <summary>The user's choice for one of their entries: show their contact details to the network, or not.</summary>
public sealed record ConsentChoiceRequest(bool? Show);
