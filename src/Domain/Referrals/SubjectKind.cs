namespace Wijkverbinder.Domain.Referrals;

/// <summary>What a referral is about: an initiative from the network, or a resident's question.</summary>
public enum SubjectKind
{
    Initiative,
    ResidentQuestion,
}
