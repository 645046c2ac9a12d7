using System.Security.Cryptography;
using System.Text;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.Domain.Referrals;

namespace Wijkverbinder.TeamsApp.DemoData;

/// <summary>
/// Fictitious colleagues and routing rules for the demo municipality: a wijkmanager and a sociaal wijkteam per area,
/// a specialist per theme, a beheerder, and Agents Playground's demo users, so a newcomer can refer from the
/// Playground and watch the mail arrive on the local outbox page.
/// </summary>
internal static class DemoColleagues
{
    /// <summary>Agents Playground's current user (Alex Wilber): a wijkteam member of the first area.</summary>
    public static readonly ColleagueId PlaygroundUser = new("00000000-0000-0000-0000-0000000000020");

    /// <summary>A second Playground user (Megan Bowen): the specialist who receives the first area's referrals.</summary>
    public static readonly ColleagueId PlaygroundSpecialist = new("00000000-0000-0000-0000-0000000000021");

    private const string MailDomain = "arnhem.example";

    /// <summary>The themes a sociaal wijkteam handles (by their index among the example themes: Meedoen, Armoede, Ouderen).</summary>
    private static readonly int[] SocialThemes = [0, 1, 6];

    public static IReadOnlyList<Colleague> For(Municipality municipality)
    {
        var all = municipality.Districts.Select(d => d.Code).ToList();
        var first = municipality.Areas[0];
        var colleagues = new List<Colleague>
        {
            Person(PlaygroundUser, "Alex Wilber", "alexw", [AppRole.DistrictTeam], first.DistrictCodes),
            Person(PlaygroundSpecialist, "Megan Bowen", "meganb", [AppRole.Specialist], first.DistrictCodes),
            Person(IdFor(municipality, "beheer"), "Ingrid Kramer", "beheer", [AppRole.Administrator], all),
        };

        var names = new NameSequence();
        foreach (var area in municipality.Areas)
        {
            colleagues.Add(Person(IdFor(municipality, "manager-" + area.Id.Key), names.Next(), "wijkmanager." + area.Id.Key.ToLowerInvariant(), [AppRole.DistrictManager, AppRole.DistrictTeam], area.DistrictCodes));
            colleagues.Add(new Colleague
            {
                Id = SocialTeamId(area),
                Kind = ColleagueKind.Team,
                Name = $"Sociaal Wijkteam {area.Name}",
                Mail = $"swt.{area.Id.Key.ToLowerInvariant()}@{MailDomain}",
                Roles = [AppRole.SocialDistrictTeam],
                Districts = area.DistrictCodes,
            });
        }

        foreach (var theme in municipality.Themes)
        {
            colleagues.Add(Person(IdFor(municipality, "specialist-" + theme.Id), names.Next(), "specialist." + theme.Id, [AppRole.Specialist], all));
        }

        return colleagues;
    }

    /// <summary>
    /// Per area and theme: social themes go to the area's sociaal wijkteam, the rest to the theme's specialist; in the
    /// first area everything else goes to the Playground's specialist, and one district rule shows that a district
    /// rule wins over its area's rule.
    /// </summary>
    public static IReadOnlyList<RoutingRule> Rules(Municipality municipality)
    {
        var rules = new List<RoutingRule>();
        for (var t = 0; t < municipality.Themes.Count; t++)
        {
            var theme = municipality.Themes[t].Id;
            foreach (var area in municipality.Areas)
            {
                var receiver = SocialThemes.Contains(t) ? SocialTeamId(area)
                    : area == municipality.Areas[0] ? PlaygroundSpecialist
                    : IdFor(municipality, "specialist-" + theme);
                rules.Add(new RoutingRule(theme, area.Id.ToString(), receiver));
            }
        }

        var firstDistrict = municipality.Areas[0].DistrictCodes[0];
        rules.Add(new RoutingRule(municipality.Themes[0].Id, firstDistrict, PlaygroundSpecialist));
        return rules;
    }

    private static ColleagueId SocialTeamId(Area area) => new($"{ColleagueId.TeamPrefix}swt-{area.Id.Key.ToLowerInvariant()}");

    private static Colleague Person(ColleagueId id, string name, string mailbox, IReadOnlyList<AppRole> roles, IReadOnlyList<string> districts, IReadOnlyList<ColleagueId>? teams = null) => new()
    {
        Id = id,
        Kind = ColleagueKind.Person,
        Name = name,
        Mail = $"{mailbox}@{MailDomain}",
        Roles = roles,
        Districts = districts,
        Teams = teams ?? [],
    };

    /// <summary>The demo wijkmanager of <paramref name="area"/> (the holder of its demo aanjaagbudget and the approver of its shared resources).</summary>
    public static ColleagueId ManagerOf(Municipality municipality, Area area) => IdFor(municipality, "manager-" + area.Id.Key);

    /// <summary>A stable object id per demo role, so the seed gives the same ids on every machine.</summary>
    private static ColleagueId IdFor(Municipality municipality, string role) =>
        ColleagueId.ForPerson(new Guid(SHA256.HashData(Encoding.UTF8.GetBytes($"{municipality.Code}/{role}")).AsSpan(0, 16)));

    private sealed class NameSequence
    {
        private int next;

        public string Next()
        {
            var i = next++;
            return $"{DemoNames.FirstNames[(i * 7) % DemoNames.FirstNames.Length]} {DemoNames.LastNames[(i * 11) % DemoNames.LastNames.Length]}";
        }
    }
}
