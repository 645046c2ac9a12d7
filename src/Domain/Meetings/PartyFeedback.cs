using Wijkverbinder.Domain.Network;

namespace Wijkverbinder.Domain.Meetings;

/// <summary>
/// Feedback on one party at a yearly feedback meeting: its contribution, its role and how the connection with it works,
/// each 1 (poor) to 5 (very good), and an optional remark.
/// </summary>
public sealed record PartyFeedback(MemberId Party, int Contribution, int Role, int Connection, string? Remark = null);
