namespace Wijkverbinder.Domain.Programme;

/// <summary>Limits on a wijkprogramma's goals: a few short goals per theme, so a card and a shared page stay readable.</summary>
public static class ProgrammeLimits
{
    public const int GoalsPerTheme = 5;
    public const int GoalLength = 200;
}
