namespace Wijkverbinder.Storage.Meetings;

/// <summary>Feedback on one party as kept in a feedback row's "Parties" JSON column.</summary>
internal sealed record StoredParty(string Party, int Contribution, int Role, int Connection, string? Remark);
