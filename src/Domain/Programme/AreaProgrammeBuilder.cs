using Wijkverbinder.Domain.Network;

namespace Wijkverbinder.Domain.Programme;

/// <summary>
/// Builds an area's programme from its themes, their goals and the area's network as it is now. An initiative works on
/// a theme when it is in one of the area's districts and names that theme. Its contact person is a person who is a
/// member of it (tie "member of") with the initiator role, and is shown only with their recorded opt-in
/// (<see cref="Person.ShowContactDetails"/> with <see cref="Person.ConsentRecordedOn"/>); without it only the
/// initiative is shown, not even the person's name. Read at every request, a withdrawal shows at once.
/// </summary>
public static class AreaProgrammeBuilder
{
    public static AreaProgramme Build(Municipality municipality, Area area, IReadOnlyList<ThemeGoals> goals, NetworkView network)
    {
        ArgumentNullException.ThrowIfNull(municipality);
        ArgumentNullException.ThrowIfNull(goals);
        ArgumentNullException.ThrowIfNull(network);
        var people = network.Members.OfType<Person>().ToDictionary(p => p.Id);
        var initiatives = network.Members.OfType<Initiative>()
            .Where(i => i.Districts.Any(area.DistrictCodes.Contains))
            .OrderBy(i => i.Name, StringComparer.CurrentCulture)
            .ToList();
        var themes = municipality.ThemesOf(area)
            .Select(theme => (Theme: theme, Goals: goals.FirstOrDefault(g => g.Theme == theme.Id)))
            .Select(t => new ProgrammeTheme(
                t.Theme,
                t.Goals?.Goals ?? [],
                initiatives.Where(i => i.Themes.Contains(t.Theme.Id)).Select(i => Entry(i, network.Ties, people)).ToList(),
                t.Goals?.Version))
            .ToList();
        return new AreaProgramme(area, themes);
    }

    private static ProgrammeInitiative Entry(Initiative initiative, IReadOnlyList<Tie> ties, IReadOnlyDictionary<MemberId, Person> people)
    {
        var contact = ties
            .Where(t => t.Type == TieType.MemberOf && t.To == initiative.Id)
            .Select(t => people.GetValueOrDefault(t.From))
            .OfType<Person>()
            .Where(p => p.Roles.Contains(PersonRole.Initiator) && MayShow(p))
            .OrderBy(p => p.Name, StringComparer.CurrentCulture)
            .FirstOrDefault();
        return new ProgrammeInitiative(
            initiative.Id,
            initiative.Name,
            initiative.Description,
            initiative.Districts,
            contact is null ? null : new ContactPerson(contact.Name, contact.Email, contact.Phone));
    }

    /// <summary>The opt-in counts only when it was recorded; a flag without a date was never given by the person.</summary>
    public static bool MayShow(Person person) => person.ShowContactDetails && person.ConsentRecordedOn is not null;
}
