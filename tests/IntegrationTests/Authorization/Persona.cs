namespace Wijkverbinder.IntegrationTests.Authorization;

/// <summary>
/// Who calls in the authorization matrix: each role in district 1 (area A), the same role in district 3 (area B),
/// a colleague of district 1 without a role, and someone with a valid token who is not in the colleague directory.
/// </summary>
public enum Persona
{
    Manager,
    Team,
    Social,
    Specialist,
    Admin,
    NoRole,
    OtherManager,
    OtherTeam,
    OtherSocial,
    OtherSpecialist,
    OtherAdmin,
    Stranger,
}
