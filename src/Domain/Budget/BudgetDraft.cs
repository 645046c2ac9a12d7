using Wijkverbinder.Domain.Colleagues;

namespace Wijkverbinder.Domain.Budget;

/// <summary>A budget request as submitted (by a wijkteam member, for an initiator); null fields were missing or unreadable.</summary>
public sealed record BudgetDraft
{
    public string? Initiative { get; init; }

    public decimal? Amount { get; init; }

    public string? Purpose { get; init; }

    public IReadOnlyList<string> Themes { get; init; } = [];

    public string? ResidentContribution { get; init; }

    public string? OtherFunds { get; init; }

    public DateOnly? StartDate { get; init; }

    /// <summary>A district of the area whose budget is asked for.</summary>
    public string? District { get; init; }

    /// <summary>The team the submitter acts for (their wijkteam), if any.</summary>
    public ColleagueId? ReferrerTeam { get; init; }
}
