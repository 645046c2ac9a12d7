namespace Wijkverbinder.Storage.Budget;

/// <summary>A board access request in the referral row's "BoardAccess" JSON column.</summary>
internal sealed record StoredBoardAccess(string PreferredPeriod, string? FromTheBoard);
