namespace Wijkverbinder.Domain.Colleagues;

/// <summary>What a role lets a colleague do, on the tabs and in the bot alike (<see cref="RoleRules"/>).</summary>
public enum Capability
{
    /// <summary>Use the app at all: my referrals, my meetings' cards, my own contact consent.</summary>
    UseApp,

    /// <summary>See a district's network (status tab, the bot's find and summary), in districts one works in.</summary>
    ViewNetwork,

    /// <summary>Register an initiative in a district one works in.</summary>
    RegisterInitiative,

    /// <summary>Refer a resident or initiative (a new referral or warm handover).</summary>
    Refer,

    /// <summary>Plan theme, feedback and board meetings.</summary>
    PlanMeetings,

    /// <summary>Change an area's wijkprogramma and mark its successes (in an area one works in: ProgrammeAccess).</summary>
    EditProgramme,

    /// <summary>Request a shared resource (the Pipowagen) for an initiative.</summary>
    BookResources,

    /// <summary>Set up the installation, the colleague directory, and read the audit log.</summary>
    Administer,
}
