using Azure;
using Azure.Data.Tables;
using Wijkverbinder.Domain.Network;

namespace Wijkverbinder.Storage.Network;

/// <summary>Maps members to rows of the network table and back.</summary>
internal static class MemberRows
{
    public static TableEntity ToRow(Member member)
    {
        var row = new TableEntity(RowKeys.Partition(member.Id.Area), RowKeys.Member(member.Id))
        {
            ["Type"] = RowKeys.MemberType,
            ["Kind"] = member.Kind.ToString(),
            ["Name"] = member.Name,
            ["Districts"] = StoredList.Write(member.Districts),
            ["Themes"] = StoredList.Write(member.Themes),
            ["JoinedOn"] = StoredDate.Write(member.JoinedOn),
        };
        foreach (var district in member.Districts)
        {
            row[RowKeys.DistrictFlag(district)] = true;
        }

        switch (member)
        {
            case Initiative initiative:
                row["Occasional"] = initiative.Occasional;
                row["Description"] = initiative.Description;
                break;
            case Partner partner:
                row["PartnerKind"] = partner.PartnerKind.ToString();
                break;
            case Person person:
                row["Roles"] = StoredList.Write(person.Roles.Select(r => r.ToString()));
                row["Email"] = person.Email;
                row["Phone"] = person.Phone;
                row["ShowContactDetails"] = person.ShowContactDetails;
                row["ConsentRecordedOn"] = person.ConsentRecordedOn is { } on ? StoredDate.Write(on) : null;
                break;
        }

        return row;
    }

    public static Member FromRow(TableEntity row)
    {
        var id = new MemberId(ParseArea(row.PartitionKey), row.RowKey);
        var name = row.GetString("Name");
        var districts = StoredList.Read(row.GetString("Districts"));
        var themes = StoredList.Read(row.GetString("Themes"));
        var joinedOn = StoredDate.Read(row.GetString("JoinedOn"));
        var version = row.ETag.ToString();
        return Enum.Parse<MemberKind>(row.GetString("Kind")) switch
        {
            MemberKind.Initiative => new Initiative
            {
                Id = id, Name = name, Districts = districts, Themes = themes, JoinedOn = joinedOn, Version = version,
                Occasional = row.GetBoolean("Occasional") ?? false,
                Description = row.GetString("Description"),
            },
            MemberKind.Partner => new Partner
            {
                Id = id, Name = name, Districts = districts, Themes = themes, JoinedOn = joinedOn, Version = version,
                PartnerKind = Enum.Parse<PartnerKind>(row.GetString("PartnerKind")),
            },
            _ => new Person
            {
                Id = id, Name = name, Districts = districts, Themes = themes, JoinedOn = joinedOn, Version = version,
                Roles = StoredList.Read(row.GetString("Roles")).Select(Enum.Parse<PersonRole>).ToList(),
                Email = row.GetString("Email"),
                Phone = row.GetString("Phone"),
                ShowContactDetails = row.GetBoolean("ShowContactDetails") ?? false,
                ConsentRecordedOn = row.GetString("ConsentRecordedOn") is { } on ? StoredDate.Read(on) : null,
            },
        };
    }

    public static ETag VersionOf(Member member) =>
        member.Version is null ? throw new ArgumentException("An update needs the version that was read.", nameof(member)) : new ETag(member.Version);

    public static AreaId ParseArea(string partitionKey) =>
        AreaId.TryParse(partitionKey, out var area) ? area : throw new FormatException($"Not an area partition: {partitionKey}");
}
