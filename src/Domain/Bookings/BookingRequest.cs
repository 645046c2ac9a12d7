using Wijkverbinder.Domain.Network;

namespace Wijkverbinder.Domain.Bookings;

/// <summary>What a requester fills in: the days (both included), the purpose, where, and for which initiative.</summary>
public sealed record BookingRequest(ResourceId Resource, DateOnly From, DateOnly To, string? Purpose, string? District, MemberId? Initiative);
