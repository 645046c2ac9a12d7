namespace Wijkverbinder.TeamsApp.Referrals.Contracts;

/// <summary>One line of the history; the actor is null for the system (delivery, reminders, escalations).</summary>
public sealed record ReferralEventResponse(int Sequence, string Kind, string? Actor, DateTimeOffset At, string StatusAfter, string? Text, string? Receiver);
