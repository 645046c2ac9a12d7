namespace Wijkverbinder.Domain.Budget;

/// <summary>
/// Residents ask to meet the college or the raad (a visit, a fietsschouw). What they ask is the referral's summary and
/// details; this holds the rest of the short form.
/// </summary>
public sealed record BoardAccessRequest(string PreferredPeriod, string? FromTheBoard);
