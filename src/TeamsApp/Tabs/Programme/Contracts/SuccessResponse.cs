namespace Wijkverbinder.TeamsApp.Tabs.Programme.Contracts;

/// <summary>A success on the podium: the initiative, its story, the video link and when it was marked (ISO 8601).</summary>
public sealed record SuccessResponse(string Id, string Initiative, string InitiativeName, string Story, string? Video, string MarkedAt);
