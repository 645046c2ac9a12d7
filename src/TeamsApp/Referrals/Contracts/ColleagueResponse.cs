namespace Wijkverbinder.TeamsApp.Referrals.Contracts;

public sealed record ColleagueResponse(
    string Id,
    string Kind,
    string Name,
    string Mail,
    IReadOnlyList<string> Roles,
    IReadOnlyList<string> Districts,
    IReadOnlyList<string> Teams,
    string Locale);
