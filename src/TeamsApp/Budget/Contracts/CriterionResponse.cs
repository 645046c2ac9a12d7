namespace Wijkverbinder.TeamsApp.Budget.Contracts;

/// <summary>A criterion of the checklist in the caller's language, and whether the app answers it from the dates.</summary>
public sealed record CriterionResponse(string Id, string Text, bool Computed);
