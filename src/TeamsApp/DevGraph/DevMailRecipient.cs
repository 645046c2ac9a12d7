namespace Wijkverbinder.TeamsApp.DevGraph;

public sealed record DevMailRecipient(string Address, string? Name);
