using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Network;

namespace Wijkverbinder.Domain.Bookings;

/// <summary>
/// A request to use a shared resource from <see cref="From"/> to <see cref="To"/> (whole days, both included) for an
/// initiative's activity. While it is Requested or Approved it holds those days: nobody else can book them.
/// </summary>
public sealed record Booking
{
    public required BookingId Id { get; init; }

    public required ResourceId Resource { get; init; }

    public required DateOnly From { get; init; }

    public required DateOnly To { get; init; }

    public required string Purpose { get; init; }

    /// <summary>The district (CBS code) where the resource will stand.</summary>
    public required string District { get; init; }

    public required MemberId Initiative { get; init; }

    public required ColleagueId RequestedBy { get; init; }

    public required BookingStatus Status { get; init; }

    public ColleagueId? DecidedBy { get; init; }

    /// <summary>Why it was declined or cancelled; null otherwise.</summary>
    public string? Reason { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required DateTimeOffset UpdatedAt { get; init; }

    /// <summary>The number of the last change; a task carries it, so a redelivered task is recognised.</summary>
    public required int Sequence { get; init; }

    /// <summary>The storage version (ETag) this was read at; null before it is stored.</summary>
    public string? Version { get; init; }

    /// <summary>True while the booking holds its days.</summary>
    public bool HoldsDays => Status is BookingStatus.Requested or BookingStatus.Approved;

    public IEnumerable<DateOnly> Days => DaysOf(From, To);

    public bool Overlaps(DateOnly from, DateOnly to) => From <= to && from <= To;

    public static IEnumerable<DateOnly> DaysOf(DateOnly from, DateOnly to)
    {
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            yield return day;
        }
    }
}
