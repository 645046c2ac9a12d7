using Wijkverbinder.Domain.Network;

namespace Wijkverbinder.Benchmarks;

/// <summary>
/// One district's network of a given size, in memory: initiatives, partners and people on one or two of six themes,
/// with random ties (no member tied to itself, no pair twice) and last contacts spread over the past 400 days.
/// The same size gives the same network.
/// </summary>
internal static class SyntheticDistrictNetwork
{
    public static readonly string[] ThemeIds = ["meedoen", "armoede", "leefbaarheid", "jeugd", "groen", "gezondheid"];

    public static NetworkView Create(Area area, int members, int ties)
    {
        var random = new Random(members);
        var district = area.DistrictCodes[0];
        var list = new List<Member>(members);
        for (var i = 0; i < members; i++)
        {
            var id = new MemberId(area.Id, i.ToString("x32", System.Globalization.CultureInfo.InvariantCulture));
            IReadOnlyList<string> themes = random.Next(3) == 0
                ? [ThemeIds[random.Next(6)], ThemeIds[random.Next(6)]]
                : [ThemeIds[random.Next(6)]];
            var joined = new DateOnly(2019, 1, 1).AddDays(random.Next(2900));
            list.Add((i % 3) switch
            {
                0 => new Initiative { Id = id, Name = $"Initiatief {i:D6}", Districts = [district], Themes = [.. themes.Distinct()], JoinedOn = joined },
                1 => new Partner { Id = id, Name = $"Partner {i:D6}", Districts = [district], Themes = [.. themes.Distinct()], JoinedOn = joined, PartnerKind = PartnerKind.Other },
                _ => new Person { Id = id, Name = $"Persoon {i:D6}", Districts = [district], Themes = [.. themes.Distinct()], JoinedOn = joined, Roles = [PersonRole.Volunteer] },
            });
        }

        var seen = new HashSet<(int, int)>();
        var tieList = new List<Tie>(ties);
        var today = new DateOnly(2026, 11, 28);
        while (tieList.Count < ties)
        {
            var a = random.Next(members);
            var b = random.Next(members);
            if (a != b && seen.Add((Math.Min(a, b), Math.Max(a, b))))
            {
                tieList.Add(new Tie
                {
                    From = list[a].Id, To = list[b].Id, Type = TieType.WorksWith, Since = new DateOnly(2019, 1, 1),
                    LastContactOn = today.AddDays(-random.Next(400)),
                });
            }
        }

        return new NetworkView(list, tieList);
    }
}
