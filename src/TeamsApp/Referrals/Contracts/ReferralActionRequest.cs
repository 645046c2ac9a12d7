namespace Wijkverbinder.TeamsApp.Referrals.Contracts;

/// <summary>
/// The body of an action; each action reads its own fields: decline a reason, forward a receiver ("to") and a note,
/// request-information a question, provide-information an answer, complete an outcome. Accept needs none.
/// </summary>
public sealed record ReferralActionRequest
{
    public string? Reason { get; init; }

    public string? To { get; init; }

    public string? Note { get; init; }

    public string? Question { get; init; }

    public string? Answer { get; init; }

    public string? Outcome { get; init; }
}
