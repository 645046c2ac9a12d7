namespace Wijkverbinder.TeamsApp.Referrals.Contracts;

/// <summary>
/// A new referral as a client sends it. Enumerations and dates are text so that a wrong value is answered with the
/// field's name. Leave out the receiver to take the routing rule's suggestion, and the due date to take the SLA's.
/// </summary>
public sealed record ReferralRequest
{
    /// <summary>"Initiative" or "ResidentQuestion".</summary>
    public string? Subject { get; init; }

    public string? Initiative { get; init; }

    public string? Summary { get; init; }

    public string? Details { get; init; }

    public string? District { get; init; }

    public string? Theme { get; init; }

    /// <summary>"Normal" (default), "High" or "Urgent".</summary>
    public string? Urgency { get; init; }

    public string? Receiver { get; init; }

    public string? ReferrerTeam { get; init; }

    /// <summary>yyyy-MM-dd.</summary>
    public string? DueDate { get; init; }

    public bool? ContainsPersonalData { get; init; }

    public ConsentRequest? Consent { get; init; }
}
