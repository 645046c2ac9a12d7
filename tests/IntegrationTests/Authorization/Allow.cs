using static Wijkverbinder.IntegrationTests.Authorization.Persona;

namespace Wijkverbinder.IntegrationTests.Authorization;

/// <summary>The personas a matrix row allows; everyone else must be refused. Lists are explicit, not derived from the code under test.</summary>
public static class Allow
{
    public static readonly IReadOnlySet<Persona> Everyone = Enum.GetValues<Persona>().ToHashSet();

    /// <summary>Every colleague with a role, in either district.</summary>
    public static readonly IReadOnlySet<Persona> WithRole =
        new HashSet<Persona> { Manager, Team, Social, Specialist, Admin, OtherManager, OtherTeam, OtherSocial, OtherSpecialist, OtherAdmin };

    /// <summary>Every registered colleague, also one without a role: one's own consent (Capability.ManageOwnConsent).</summary>
    public static readonly IReadOnlySet<Persona> WithRoleAndNoRole = new HashSet<Persona>(WithRole) { NoRole };

    public static readonly IReadOnlySet<Persona> Nobody = new HashSet<Persona>();

    public static IReadOnlySet<Persona> Only(params Persona[] personas) => personas.ToHashSet();
}
