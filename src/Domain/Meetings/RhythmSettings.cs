namespace Wijkverbinder.Domain.Meetings;

/// <summary>
/// How long a district may go without a held feedback meeting (the wijkteam meets at least yearly; 11 months leaves a
/// month to plan one), and how long a theme of an area's wijkprogramma may go without a held meeting on it.
/// </summary>
public sealed record RhythmSettings(int FeedbackMonths = 11, int ThemeMonths = 6);
