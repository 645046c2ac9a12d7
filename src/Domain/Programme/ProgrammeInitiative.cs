using Wijkverbinder.Domain.Network;

namespace Wijkverbinder.Domain.Programme;

/// <summary>An initiative working on a theme of the programme; <see cref="Contact"/> is null unless its contact person opted in.</summary>
public sealed record ProgrammeInitiative(MemberId Id, string Name, string? Description, IReadOnlyList<string> Districts, ContactPerson? Contact);
