using Wijkverbinder.Domain.Network;

namespace Wijkverbinder.Domain.Programme;

/// <summary>An area's wijkprogramma as shown on the page, the tab API and the card: per theme its goals and initiatives.</summary>
public sealed record AreaProgramme(Area Area, IReadOnlyList<ProgrammeTheme> Themes);
