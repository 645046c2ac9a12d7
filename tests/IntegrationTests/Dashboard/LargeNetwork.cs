using Wijkverbinder.Domain.Network;

namespace Wijkverbinder.IntegrationTests.Dashboard;

/// <summary>A made-up district network of a given size (same seed, same network): members with one or two themes, random ties.</summary>
internal static class LargeNetwork
{
    private static readonly string[] Themes = ["meedoen", "armoede"];

    public static NetworkView Of(TestTownArea area, int members, int ties, int nameLength = 12)
    {
        var random = new Random(members);
        var list = new List<Member>(members);
        for (var i = 0; i < members; i++)
        {
            var id = new MemberId(area.Area, i.ToString("x32", System.Globalization.CultureInfo.InvariantCulture));
            var name = nameLength <= 12 ? $"Lid {i:D5}" : $"Lid {i:D5} " + Convert.ToHexString(RandomBytes(random, nameLength / 2));
            list.Add(new Partner
            {
                Id = id, Name = name, Districts = [area.District], Themes = [Themes[i % 2], .. i % 3 == 0 ? [Themes[(i + 1) % 2]] : Array.Empty<string>()],
                JoinedOn = new DateOnly(2020, 1, 1).AddDays(random.Next(2500)), PartnerKind = PartnerKind.School,
            });
        }

        var seen = new HashSet<(int, int)>();
        var tieList = new List<Tie>(ties);
        while (tieList.Count < ties)
        {
            var a = random.Next(members);
            var b = random.Next(members);
            if (a != b && seen.Add((Math.Min(a, b), Math.Max(a, b))))
            {
                tieList.Add(new Tie
                {
                    From = list[a].Id, To = list[b].Id, Type = TieType.WorksWith, Since = new DateOnly(2020, 1, 1),
                    LastContactOn = new DateOnly(2026, 11, 1).AddDays(-random.Next(400)),
                });
            }
        }

        return new NetworkView(list, tieList);
    }

    private static byte[] RandomBytes(Random random, int count)
    {
        var bytes = new byte[count];
        random.NextBytes(bytes);
        return bytes;
    }
}

/// <summary>An area and one of its districts.</summary>
internal sealed record TestTownArea(AreaId Area, string District);
