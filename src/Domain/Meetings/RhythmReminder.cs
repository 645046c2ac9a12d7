using System.Globalization;

namespace Wijkverbinder.Domain.Meetings;

/// <summary>
/// A district (feedback) or an area's theme that is due for a meeting. <see cref="Period"/> numbers the periods since it
/// fell due (since the last held meeting, or by calendar when there never was one), so <see cref="Key"/> is the same
/// for every run in one period: a job that remembers the key reminds once per period.
/// </summary>
public sealed record RhythmReminder(RhythmReminderKind Kind, string Scope, string? Theme, DateOnly? LastHeld, int Period)
{
    public string Key => string.Create(
        CultureInfo.InvariantCulture,
        $"rhythm.{Kind}.{Scope}.{Theme ?? "-"}.{LastHeld?.ToString("yyyyMMdd", CultureInfo.InvariantCulture) ?? "never"}.{Period}").ToLowerInvariant();
}
