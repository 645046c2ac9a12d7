using Wijkverbinder.Domain.Colleagues;

namespace Wijkverbinder.Domain.Budget;

/// <summary>The short form of a request for access to the board: what, which district, which theme, when, and whom.</summary>
public sealed record BoardAccessDraft
{
    /// <summary>What the residents ask, for example "Fietsschouw met de wethouder langs de Rijnkade".</summary>
    public string? What { get; init; }

    public string? District { get; init; }

    public string? Theme { get; init; }

    public string? PreferredPeriod { get; init; }

    /// <summary>Who of the college or raad they would like to meet, if anyone in particular.</summary>
    public string? FromTheBoard { get; init; }

    public ColleagueId? ReferrerTeam { get; init; }
}
