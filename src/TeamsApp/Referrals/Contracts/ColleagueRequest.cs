namespace Wijkverbinder.TeamsApp.Referrals.Contracts;

/// <summary>A colleague as the administrator registers them; the id is in the address.</summary>
public sealed record ColleagueRequest
{
    public string? Name { get; init; }

    public string? Mail { get; init; }

    public IReadOnlyList<string>? Roles { get; init; }

    public IReadOnlyList<string>? Districts { get; init; }

    public IReadOnlyList<string>? Teams { get; init; }

    public string? ChannelConversationId { get; init; }

    /// <summary>"nl" (default) or "en".</summary>
    public string? Locale { get; init; }
}
