namespace Wijkverbinder.Domain.Colleagues;

/// <summary>What a role lets a colleague do, on the tabs and in the bot alike (<see cref="RoleRules"/>).</summary>
public enum Capability
{
    /// <summary>Use the app at all: my referrals, my meetings' cards.</summary>
    UseApp,

    /// <summary>
    /// See, give and withdraw the opt-in on one's own network entries: every registered colleague, also one without a
    /// role (AVG art. 7(3): withdrawing must be as easy as giving, and the entry may exist without a role in the app).
    /// </summary>
    ManageOwnConsent,

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
