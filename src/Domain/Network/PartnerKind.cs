namespace Wijkverbinder.Domain.Network;

/// <summary>The kind of organisation a network partner is.</summary>
public enum PartnerKind
{
    SocialDistrictTeam,
    ResidentsPlatform,
    ResidentsConsultation,
    DistrictManagementGroup,
    CommunityCentre,
    DistrictAssociation,
    Foundation,
    NeighbourhoodFacility,
    WalkInCentre,
    HousingCorporation,
    School,
    CareProvider,
    WelfareOrganisation,
    Police,
    Business,
    FaithCommunity,
    Other,
}
