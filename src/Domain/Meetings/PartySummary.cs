using Wijkverbinder.Domain.Network;

namespace Wijkverbinder.Domain.Meetings;

/// <summary>What the attendees said about one party, aggregated: contribution, role, connection (remarks go with contribution).</summary>
public sealed record PartySummary(MemberId Party, ScoreSummary Contribution, ScoreSummary Role, ScoreSummary Connection);
