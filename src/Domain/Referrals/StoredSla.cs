namespace Wijkverbinder.Domain.Referrals;

/// <summary>A municipality's SLAs as stored, with the version a change must be based on.</summary>
public sealed record StoredSla(ReferralSla Sla, string Version);
