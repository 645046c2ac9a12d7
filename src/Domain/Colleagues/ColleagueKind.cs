namespace Wijkverbinder.Domain.Colleagues;

/// <summary>A colleague is a person with an Entra account, or a team with a shared mailbox (such as a sociaal wijkteam).</summary>
public enum ColleagueKind
{
    Person,
    Team,
}
