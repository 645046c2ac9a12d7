namespace Wijkverbinder.TeamsApp.Bot.Cards;

/// <summary>The ids of the budget request form's and the assessment card's inputs (district and themes are <see cref="BotInputs"/>'s).</summary>
public static class BudgetFormInputs
{
    public const string Initiative = "initiative";
    public const string Amount = "amount";
    public const string Purpose = "purpose";
    public const string Contribution = "residentContribution";
    public const string OtherFunds = "otherFunds";
    public const string StartDate = "startDate";
    public const string Reason = "reason";

    /// <summary>One toggle per assessed criterion: "met.{criterion id}", and its note "note.{criterion id}".</summary>
    public const string MetPrefix = "met.";
    public const string NotePrefix = "note.";
}
