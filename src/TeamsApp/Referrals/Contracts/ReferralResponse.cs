namespace Wijkverbinder.TeamsApp.Referrals.Contracts;

/// <summary>A referral as the API answers it; the history is included when one referral is asked for.</summary>
public sealed record ReferralResponse
{
    public required string Id { get; init; }

    public required string Subject { get; init; }

    public string? Initiative { get; init; }

    public required string Summary { get; init; }

    public string? Details { get; init; }

    public required string District { get; init; }

    public required string Theme { get; init; }

    public required string Urgency { get; init; }

    public required string Referrer { get; init; }

    public string? ReferrerTeam { get; init; }

    public required string Receiver { get; init; }

    public required string DueDate { get; init; }

    public required string Status { get; init; }

    public bool ContainsPersonalData { get; init; }

    public ConsentResponse? Consent { get; init; }

    public string? OpenQuestion { get; init; }

    public string? DeclineReason { get; init; }

    public string? Outcome { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required DateTimeOffset UpdatedAt { get; init; }

    public string? Version { get; init; }

    public IReadOnlyList<ReferralEventResponse>? History { get; init; }
}
