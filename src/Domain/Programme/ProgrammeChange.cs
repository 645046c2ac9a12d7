using Wijkverbinder.Domain.Network;

namespace Wijkverbinder.Domain.Programme;

/// <summary>
/// A change to an area's wijkprogramma (its goals or its themes), written as an outbox row with the change itself:
/// the bot posts or updates the area's programme card once per change (<see cref="Id"/> keys the delivery log).
/// </summary>
public sealed record ProgrammeChange(AreaId Area, string Id, DateTimeOffset At)
{
    public static ProgrammeChange New(AreaId area, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        var now = clock.GetUtcNow();
        return new(area, Guid.CreateVersion7(now).ToString("N"), now);
    }
}
