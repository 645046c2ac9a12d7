namespace Wijkverbinder.Domain.Network;

/// <summary>A netwerkpartner: an organisation such as a buurtcentrum, woningcorporatie, school or the sociaal wijkteam.</summary>
public sealed record Partner : Member
{
    public required PartnerKind PartnerKind { get; init; }

    public override MemberKind Kind => MemberKind.Partner;
}
