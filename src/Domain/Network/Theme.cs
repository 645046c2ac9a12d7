namespace Wijkverbinder.Domain.Network;

/// <summary>A theme of the wijkprogramma, such as Meedoen or Armoede. The id is a stable slug of the name.</summary>
public sealed record Theme(string Id, string Name);
