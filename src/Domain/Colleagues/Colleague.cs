namespace Wijkverbinder.Domain.Colleagues;

/// <summary>
/// Someone who works with Wijkverbinder: a person with an Entra account or a team with a shared mailbox. Colleagues
/// refer and receive referrals. Only what the work needs is kept: name, work mailbox, roles and where they work.
/// </summary>
public sealed record Colleague
{
    public required ColleagueId Id { get; init; }

    public required ColleagueKind Kind { get; init; }

    public required string Name { get; init; }

    /// <summary>The work mailbox that receives referral mails (a shared mailbox for a team).</summary>
    public required string Mail { get; init; }

    public required IReadOnlyList<AppRole> Roles { get; init; }

    /// <summary>The districts (CBS codes) this colleague works in; a manager of an area has all its districts.</summary>
    public required IReadOnlyList<string> Districts { get; init; }

    /// <summary>For a person: the teams they belong to and act for. For a team: empty.</summary>
    public IReadOnlyList<ColleagueId> Teams { get; init; } = [];

    /// <summary>For a team: the Teams channel conversation id where its cards go; null sends mail only.</summary>
    public string? ChannelConversationId { get; init; }

    /// <summary>"nl" or "en": the language of their mails and proactive cards.</summary>
    public string Locale { get; init; } = "nl";

    public bool Has(AppRole role) => Roles.Contains(role);

    /// <summary>True when this colleague may act for <paramref name="receiver"/>: it is them, or a team they belong to.</summary>
    public bool ActsFor(ColleagueId receiver) => Id == receiver || Teams.Contains(receiver);
}
