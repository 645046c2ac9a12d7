using Azure.Data.Tables;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.Storage;
using Wijkverbinder.Storage.Network;

namespace Wijkverbinder.Benchmarks;

/// <summary>
/// A municipality of a given size: 8 areas of 3 districts. The measured district always holds the same
/// <see cref="MeasuredDistrictMembers"/> members; everyone else is spread over the other 23 districts. Every member has
/// two ties to earlier members of its district. Rows are written straight in transactions of 100.
/// </summary>
internal sealed class SyntheticMunicipality
{
    public const int MeasuredDistrictMembers = 200;
    private const int TiesPerMember = 2;

    private SyntheticMunicipality(Municipality municipality, List<Member> members, List<Tie> ties) => (Municipality, Members, Ties) = (municipality, members, ties);

    public Municipality Municipality { get; }

    /// <summary>Every member and tie written, so that another layout can be filled with the same data.</summary>
    public IReadOnlyList<Member> Members { get; }

    public IReadOnlyList<Tie> Ties { get; }

    public District MeasuredDistrict => Municipality.Districts[0];

    public static async Task<SyntheticMunicipality> CreateAsync(int number, int members, TableNetworkStore store, AppTables tables, TimeProvider clock)
    {
        var digits = (9000 + number).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var code = $"GM{digits}";
        var areas = Enumerable.Range(1, 8)
            .Select(a => new Area(new AreaId(code, $"A{a}"), $"Gebied {a}", Enumerable.Range(0, 3).Select(d => $"WK{digits}{((a - 1) * 3) + d + 1:D2}").ToList()))
            .ToList();
        var districts = areas.SelectMany(a => a.DistrictCodes.Select(d => new District(d, $"Wijk {d[^2..]}", a.Id))).ToList();
        var municipality = new Municipality(code, $"Proefgemeente {members}", areas, districts, [new Theme("meedoen", "Meedoen")]);
        await store.SaveMunicipalityAsync(municipality, CancellationToken.None);

        var random = new Random(number);
        var perDistrict = districts.ToDictionary(d => d.Code, _ => new List<Member>());
        var rest = members - MeasuredDistrictMembers;
        for (var i = 0; i < members; i++)
        {
            var district = i < MeasuredDistrictMembers ? districts[0] : districts[1 + ((i - MeasuredDistrictMembers) * 23 / Math.Max(1, rest))];
            perDistrict[district.Code].Add(new Partner
            {
                Id = MemberId.New(district.Area, clock), Name = $"Partner {i:D6}", Districts = [district.Code], Themes = ["meedoen"],
                JoinedOn = new DateOnly(2024, 1, 1), PartnerKind = PartnerKind.Other,
            });
        }

        var rowsByPartition = new Dictionary<string, List<TableEntity>>();
        var allTies = new List<Tie>();
        foreach (var group in perDistrict.Values)
        {
            for (var i = 0; i < group.Count; i++)
            {
                var member = group[i];
                var rows = rowsByPartition.TryGetValue(RowKeys.Partition(member.Id.Area), out var list) ? list : rowsByPartition[RowKeys.Partition(member.Id.Area)] = [];
                rows.Add(MemberRows.ToRow(member));
                foreach (var other in Enumerable.Range(0, Math.Min(i, TiesPerMember)).Select(_ => group[random.Next(i)]).DistinctBy(o => o.Id))
                {
                    var tie = new Tie { From = member.Id, To = other.Id, Type = TieType.WorksWith, Since = new DateOnly(2024, 1, 1), LastContactOn = new DateOnly(2026, 10, 1) };
                    allTies.Add(tie);
                    rows.Add(TieRows.ToRow(tie, member));
                    rows.Add(TieRows.ToRow(tie, other));
                }
            }
        }

        await Parallel.ForEachAsync(
            rowsByPartition.Values.SelectMany(rows => rows.Chunk(100)),
            new ParallelOptions { MaxDegreeOfParallelism = 4 },
            async (chunk, cancellationToken) =>
                await tables.Network.SubmitTransactionAsync(chunk.Select(r => new TableTransactionAction(TableTransactionActionType.UpsertReplace, r)), cancellationToken));
        return new SyntheticMunicipality(municipality, [.. perDistrict.Values.SelectMany(m => m)], allTies);
    }
}
