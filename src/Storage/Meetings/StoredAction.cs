namespace Wijkverbinder.Storage.Meetings;

/// <summary>An agreed action as kept in the meeting row's "Actions" JSON column; the due date as "yyyy-MM-dd".</summary>
internal sealed record StoredAction(int Number, string Text, string Owner, string DueOn, bool Done);
