namespace Wijkverbinder.TeamsApp.Budget.Contracts;

/// <summary>A request for access to the board: what, which district and theme, the preferred period, and whom of the board.</summary>
public sealed record BoardAccessBody(string? What, string? District, string? Theme, string? PreferredPeriod, string? FromTheBoard, string? ReferrerTeam);
