namespace Wijkverbinder.TeamsApp.Budget.Contracts;

/// <summary>The budget holder's decision: the amount granted (text, for a grant), the reason and the checklist.</summary>
public sealed record DecisionBody
{
    public string? Amount { get; init; }

    public string? Reason { get; init; }

    public IReadOnlyList<ChecklistAnswerBody>? Checklist { get; init; }
}
