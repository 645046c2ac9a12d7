namespace Wijkverbinder.TeamsApp.Tabs.Meetings.Contracts;

/// <summary>What the attendees said about one party, aggregated.</summary>
public sealed record PartyFeedbackResponse(string Party, string Name, ScoreResponse Contribution, ScoreResponse Role, ScoreResponse Connection);
