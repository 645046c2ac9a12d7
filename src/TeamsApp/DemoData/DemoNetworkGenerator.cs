using Wijkverbinder.Domain.Network;

namespace Wijkverbinder.TeamsApp.DemoData;

/// <summary>
/// Plans a believable network for a municipality: partners, staff, initiatives with their initiators and volunteers,
/// and the ties between them. Some members are new this quarter, some dormant (no contact for months), a few isolated.
/// The same seed and day give the same plan.
/// </summary>
internal sealed class DemoNetworkGenerator
{
    private const double DormantShare = 0.12;
    private const double IsolatedShare = 0.05;
    private const double NewThisQuarterShare = 0.10;

    private readonly Random random;
    private readonly DateOnly today;
    private readonly DateOnly quarterStart;
    private readonly List<Planned> planned = [];

    public DemoNetworkGenerator(DateOnly today, int seed = 202)
    {
        random = new Random(seed);
        this.today = today;
        quarterStart = new DateOnly(today.Year, ((today.Month - 1) / 3 * 3) + 1, 1);
    }

    public DemoNetworkPlan Plan(MunicipalityFacts facts, int initiativesPerDistrict = 6)
    {
        var municipality = ToMunicipality(facts);
        foreach (var area in municipality.Areas)
        {
            PlanArea(facts, municipality, area, initiativesPerDistrict);
        }

        return new DemoNetworkPlan(municipality, planned.Select(p => new DemoNetworkPlan.PlannedMember(p.Draft, p.Ties)).ToList());
    }

    public static Municipality ToMunicipality(MunicipalityFacts facts)
    {
        var code = facts.Municipality.Code;
        var areas = facts.Areas.Select(a => new Area(new AreaId(code, a.Key), a.Name, a.Districts)).ToList();
        var districts = facts.Districts
            .Select(d => new District(d.Code, d.Name, areas.Single(a => a.DistrictCodes.Contains(d.Code)).Id, d.Inferred))
            .ToList();
        var themes = facts.ExampleThemes.Select(t => Theme.Named(t)).ToList();
        return new Municipality(code, facts.Municipality.Name, areas, districts, themes);
    }

    private void PlanArea(MunicipalityFacts facts, Municipality municipality, Area area, int initiativesPerDistrict)
    {
        var all = area.DistrictCodes;
        var themes = municipality.Themes.Select(t => t.Id).ToList();
        var partners = new List<int>();

        partners.Add(Add(Partner($"Sociaal Wijkteam {area.Name}", PartnerKind.SocialDistrictTeam, all, [themes[0], themes[1]]), active: true));
        foreach (var organisation in facts.PublicOrganisations.Where(o => InArea(o, area)))
        {
            var districts = organisation.District is null ? all : [organisation.District];
            var kind = PartnerKindOf(organisation.Kind);
            Member draft = kind is null
                ? Initiative(organisation.Name, districts, [Pick(themes)], occasional: false)
                : Partner(organisation.Name, kind.Value, districts, [Pick(themes)]);
            partners.Add(Add(draft, active: true));
        }

        foreach (var district in all)
        {
            partners.Add(Add(Partner($"Basisschool {DistrictName(municipality, district)}", PartnerKind.School, [district], [themes[5]]), active: true));
        }

        var manager = Add(Person(PersonRole.DistrictManager, all, []), active: true, ties: partners.Select(p => Tie(p, TieType.WorksWith)));
        Add(Person(PersonRole.DistrictTeamMember, all, []), active: true, ties: [Tie(manager, TieType.WorksWith)]);
        Add(Person(PersonRole.DistrictTeamMember, all, []), active: true, ties: [Tie(manager, TieType.WorksWith)]);
        Add(Person(PersonRole.SocialDistrictTeamMember, all, [themes[1]]), active: true, ties: [Tie(partners[0], TieType.MemberOf)]);
        var officials = Enumerable.Range(0, 3)
            .Select(i => Add(Person(i == 0 ? PersonRole.Specialist : PersonRole.Official, all, [themes[(i * 3) % themes.Count], themes[((i * 3) + 2) % themes.Count]]), active: true, ties: [Tie(manager, TieType.WorksWith)]))
            .ToList();

        foreach (var district in all)
        {
            PlanDistrict(municipality, district, themes, partners, officials, initiativesPerDistrict);
        }
    }

    private void PlanDistrict(Municipality municipality, string district, List<string> themes, List<int> partners, List<int> officials, int count)
    {
        var name = DistrictName(municipality, district);
        var patterns = DemoNames.Initiatives.OrderBy(_ => random.Next()).Take(count + random.Next(-1, 2)).ToList();
        var localPartners = partners.Where(p => planned[p].Draft.Districts.Contains(district)).ToList();
        foreach (var (pattern, theme, occasional) in patterns)
        {
            var themeId = themes[theme % themes.Count];
            var initiativeTies = new List<DemoNetworkPlan.PlannedTie?> { Tie(Pick(localPartners), TieType.SupportedBy) };
            var official = officials.Where(o => planned[o].Draft.Themes.Contains(themeId)).Cast<int?>().FirstOrDefault();
            if (official is not null && random.NextDouble() < 0.5)
            {
                initiativeTies.Add(Tie(official.Value, TieType.ReferredTo));
            }

            var initiative = Add(Initiative(string.Format(System.Globalization.CultureInfo.InvariantCulture, pattern, name), [district], [themeId], occasional), ties: initiativeTies);
            Add(Person(PersonRole.Initiator, [district], [themeId]), ties: [Tie(initiative, TieType.MemberOf)]);
            for (var v = random.Next(0, 3); v > 0; v--)
            {
                Add(Person(PersonRole.Volunteer, [district], [themeId]), ties: [Tie(initiative, TieType.MemberOf)]);
            }
        }

        for (var r = random.Next(1, 4); r > 0; r--)
        {
            var met = Enumerable.Range(0, planned.Count).Where(i => planned[i].Draft.Districts.Contains(district)).ToList();
            Add(Person(PersonRole.Resident, [district], [Pick(themes)]), ties: [Tie(Pick(met), TieType.MetAt)]);
        }
    }

    private int Add(Member draft, bool active = false, IEnumerable<DemoNetworkPlan.PlannedTie?>? ties = null)
    {
        var roll = random.NextDouble();
        var isolated = !active && roll < IsolatedShare;
        var dormant = !active && !isolated && roll < IsolatedShare + DormantShare;
        var isNew = !dormant && random.NextDouble() < NewThisQuarterShare;
        var joinedOn = isNew
            ? quarterStart.AddDays(random.Next(0, Math.Max(1, today.DayNumber - quarterStart.DayNumber + 1)))
            : today.AddDays(-random.Next(400, 6 * 365));
        var index = planned.Count;
        var finalTies = isolated
            ? []
            : (ties ?? []).OfType<DemoNetworkPlan.PlannedTie>()
                .Where(t => t.Other != index && !planned[t.Other].Isolated)
                .DistinctBy(t => (t.Other, t.Type))
                .Select(t => Dated(t, joinedOn, dormant || planned[t.Other].Dormant, planned[t.Other].Draft.JoinedOn))
                .ToList();
        planned.Add(new Planned(draft with { JoinedOn = joinedOn }, finalTies, dormant, isolated));
        return index;
    }

    /// <summary>A tie starts after both members joined; its last contact is recent unless one of them is dormant.</summary>
    private DemoNetworkPlan.PlannedTie Dated(DemoNetworkPlan.PlannedTie tie, DateOnly joinedOn, bool dormant, DateOnly otherJoinedOn)
    {
        var start = joinedOn > otherJoinedOn ? joinedOn : otherJoinedOn;
        var latest = dormant ? today.AddDays(-random.Next(240, 600)) : today.AddDays(-random.Next(0, 90));
        if (latest < start)
        {
            latest = start;
        }

        var since = start.AddDays(random.Next(0, Math.Max(1, latest.DayNumber - start.DayNumber + 1)));
        return tie with { Since = since, LastContactOn = latest };
    }

    private static DemoNetworkPlan.PlannedTie Tie(int other, TieType type) => new(other, type, default, default);

    private Initiative Initiative(string name, IReadOnlyList<string> districts, IReadOnlyList<string> themes, bool occasional) => new()
    {
        Id = default, Name = name, Districts = districts, Themes = themes, JoinedOn = today, Occasional = occasional,
        Description = occasional ? "Gelegenheidsinitiatief van bewoners." : "Bewonersinitiatief dat het hele jaar loopt.",
    };

    private static Partner Partner(string name, PartnerKind kind, IReadOnlyList<string> districts, IReadOnlyList<string> themes) => new()
    {
        Id = default, Name = name, Districts = districts, Themes = themes, JoinedOn = default, PartnerKind = kind,
    };

    private Person Person(PersonRole role, IReadOnlyList<string> districts, IReadOnlyList<string> themes)
    {
        var first = Pick(DemoNames.FirstNames);
        var last = Pick(DemoNames.LastNames);
        var consent = random.NextDouble() < 0.3;
        return new Person
        {
            Id = default, Name = $"{first} {last}", Districts = districts, Themes = themes, JoinedOn = default, Roles = [role],
            ShowContactDetails = consent,
            Email = consent ? $"{first}.{last.Replace(" ", string.Empty, StringComparison.Ordinal)}@example.org".ToLowerInvariant() : null,
        };
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private static string DistrictName(Municipality municipality, string code) => municipality.FindDistrict(code)?.Name ?? code;

    private static bool InArea(MunicipalityFacts.OrganisationFact organisation, Area area) =>
        (organisation.District is not null && area.DistrictCodes.Contains(organisation.District)) || organisation.Area == area.Id.Key;

    private static PartnerKind? PartnerKindOf(string kind) => kind switch
    {
        "sociaal wijkteam" => PartnerKind.SocialDistrictTeam,
        "bewonersplatform" => PartnerKind.ResidentsPlatform,
        "bewonersoverleg" => PartnerKind.ResidentsConsultation,
        "wijkbeheergroep" => PartnerKind.DistrictManagementGroup,
        "buurtcentrum" => PartnerKind.CommunityCentre,
        "wijkvereniging" => PartnerKind.DistrictAssociation,
        "stichting" => PartnerKind.Foundation,
        "buurtvoorziening" => PartnerKind.NeighbourhoodFacility,
        "inloophuis" => PartnerKind.WalkInCentre,
        "initiatief" => null,
        _ => PartnerKind.Other,
    };

    private sealed record Planned(Member Draft, IReadOnlyList<DemoNetworkPlan.PlannedTie> Ties, bool Dormant, bool Isolated);
}
