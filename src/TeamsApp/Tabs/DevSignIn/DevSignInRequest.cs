namespace Wijkverbinder.TeamsApp.Tabs.DevSignIn;

/// <summary>The demo persona to sign in as: a colleague id of a person.</summary>
internal sealed record DevSignInRequest(string? Colleague);
