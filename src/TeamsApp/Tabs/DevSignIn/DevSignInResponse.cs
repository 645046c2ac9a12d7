namespace Wijkverbinder.TeamsApp.Tabs.DevSignIn;

/// <summary>A token for the chosen persona, shaped like Entra ID's tab token.</summary>
internal sealed record DevSignInResponse(string Token);
