namespace Wijkverbinder.Domain.Network;

/// <summary>The roles a person can have in the network (glossary: initiatiefnemer, inwoner, vrijwilliger, ...).</summary>
public enum PersonRole
{
    Initiator,
    Resident,
    Volunteer,
    Official,
    Specialist,
    DistrictManager,
    DistrictTeamMember,
    SocialDistrictTeamMember,
}
