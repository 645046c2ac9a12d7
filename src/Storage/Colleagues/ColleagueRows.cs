using Azure.Data.Tables;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Storage.Network;

namespace Wijkverbinder.Storage.Colleagues;

/// <summary>Colleagues: PartitionKey the municipality, RowKey the colleague id (a GUID or "team-" slug, safe in a key).</summary>
internal static class ColleagueRows
{
    public static TableEntity ToRow(string municipality, Colleague colleague) => new(municipality, colleague.Id.Value)
    {
        ["Kind"] = colleague.Kind.ToString(),
        ["Name"] = colleague.Name,
        ["Mail"] = colleague.Mail,
        ["Roles"] = StoredList.Write(colleague.Roles.Select(r => r.ToString())),
        ["Districts"] = StoredList.Write(colleague.Districts),
        ["Teams"] = StoredList.Write(colleague.Teams.Select(t => t.Value)),
        ["ChannelConversationId"] = colleague.ChannelConversationId,
        ["Locale"] = colleague.Locale,
    };

    public static Colleague FromRow(TableEntity row) => new()
    {
        Id = new ColleagueId(row.RowKey),
        Kind = Enum.Parse<ColleagueKind>(row.GetString("Kind")),
        Name = row.GetString("Name"),
        Mail = row.GetString("Mail"),
        Roles = StoredList.Read(row.GetString("Roles")).Select(Enum.Parse<AppRole>).ToList(),
        Districts = StoredList.Read(row.GetString("Districts")),
        Teams = StoredList.Read(row.GetString("Teams")).Select(t => new ColleagueId(t)).ToList(),
        ChannelConversationId = row.GetString("ChannelConversationId"),
        Locale = row.GetString("Locale") ?? "nl",
    };
}
