namespace Wijkverbinder.TeamsApp.Bot.Cards;

/// <summary>
/// What the plan-a-meeting form holds, so a refused form comes back filled in. <see cref="Invitees"/> is null before
/// the organiser chose (every suggestion starts selected), else the references they chose.
/// </summary>
public sealed record MeetingValues(
    string? Kind,
    string? Title,
    string? Scope,
    string? Themes,
    string? Date,
    string? Start,
    string? End,
    string? Location,
    string? Online,
    string? Agenda,
    IReadOnlySet<string>? Invitees,
    string? Colleagues)
{
    public static MeetingValues Empty { get; } = new(null, null, null, null, null, null, null, null, null, null, null, null);
}
