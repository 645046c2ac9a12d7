namespace Wijkverbinder.Domain.Colleagues;

/// <summary>The app roles of the Entra app registration; they decide what a colleague may do in Wijkverbinder.</summary>
public enum AppRole
{
    /// <summary>Wijkmanager: liaison of one or more districts; gets escalations and the weekly digest.</summary>
    DistrictManager,

    /// <summary>Wijkteam member: registers the network and refers.</summary>
    DistrictTeam,

    /// <summary>Sociaal wijkteam: receives and sends warm handovers.</summary>
    SocialDistrictTeam,

    /// <summary>Official or vakspecialist: receives referrals.</summary>
    Specialist,

    /// <summary>Beheerder: themes, routing rules, SLAs.</summary>
    Administrator,
}
