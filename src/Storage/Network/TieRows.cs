using Azure.Data.Tables;
using Wijkverbinder.Domain.Network;

namespace Wijkverbinder.Storage.Network;

/// <summary>
/// Maps ties to rows. Each tie has two rows, one owned by each member; a row carries its owner's district flags so
/// that a district's query finds the ties of the members working there.
/// </summary>
internal static class TieRows
{
    public static TableEntity ToRow(Tie tie, Member owner)
    {
        var other = tie.Other(owner.Id);
        var row = new TableEntity(RowKeys.Partition(owner.Id.Area), RowKeys.Tie(owner.Id, other, tie.Type))
        {
            ["Type"] = RowKeys.TieType,
            ["TieType"] = tie.Type.ToString(),
            ["Outgoing"] = tie.From == owner.Id,
            ["Since"] = StoredDate.Write(tie.Since),
            ["LastContactOn"] = StoredDate.Write(tie.LastContactOn),
        };
        foreach (var district in owner.Districts)
        {
            row[RowKeys.DistrictFlag(district)] = true;
        }

        return row;
    }

    /// <summary>A row that sets only the dates of one side of a tie.</summary>
    public static TableEntity DatesOnly(Tie tie, MemberId owner) =>
        new(RowKeys.Partition(owner.Area), RowKeys.Tie(owner, tie.Other(owner), tie.Type))
        {
            ["Since"] = StoredDate.Write(tie.Since),
            ["LastContactOn"] = StoredDate.Write(tie.LastContactOn),
        };

    /// <summary>A row that sets the district flags of one side of a tie: true where the owner works, false elsewhere.</summary>
    public static TableEntity FlagsOnly(Tie tie, MemberId owner, IEnumerable<string> districts, IEnumerable<string> areaDistricts)
    {
        var row = new TableEntity(RowKeys.Partition(owner.Area), RowKeys.Tie(owner, tie.Other(owner), tie.Type));
        foreach (var district in areaDistricts)
        {
            row[RowKeys.DistrictFlag(district)] = false;
        }

        foreach (var district in districts)
        {
            row[RowKeys.DistrictFlag(district)] = true;
        }

        return row;
    }

    public static Tie FromRow(TableEntity row)
    {
        var area = MemberRows.ParseArea(row.PartitionKey);
        var parts = row.RowKey.Split('|');
        var owner = new MemberId(area, parts[0]);
        var other = new MemberId(area, parts[1]);
        var outgoing = row.GetBoolean("Outgoing") ?? true;
        return new Tie
        {
            From = outgoing ? owner : other,
            To = outgoing ? other : owner,
            Type = Enum.Parse<Domain.Network.TieType>(row.GetString("TieType")),
            Since = StoredDate.Read(row.GetString("Since")),
            LastContactOn = StoredDate.Read(row.GetString("LastContactOn")),
            Version = row.ETag.ToString(),
        };
    }

    public static bool IsTie(TableEntity row) => row.GetString("Type") == RowKeys.TieType;
}
