namespace Wijkverbinder.Domain.Dashboard;

/// <summary>
/// What the attendees of the scope's feedback meetings said about one party: averages of contribution, role and
/// connection (1-5) over all their answers, each null below the minimum number of answers.
/// </summary>
public sealed record PartyFeedbackRow(string Party, string Name, int Answers, decimal? Contribution, decimal? Role, decimal? Connection);
