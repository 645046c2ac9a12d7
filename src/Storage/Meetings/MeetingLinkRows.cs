using Azure.Data.Tables;
using Wijkverbinder.Domain.Meetings;

namespace Wijkverbinder.Storage.Meetings;

/// <summary>The links row of a meeting: ids of things outside the app; its ETag is the links' version.</summary>
internal static class MeetingLinkRows
{
    public static TableEntity ToRow(MeetingId id, MeetingLinks links) => new(MeetingKeys.Partition(id), MeetingKeys.Links(id))
    {
        ["Kind"] = MeetingKeys.LinksKind,
        ["Local"] = id.Local,
        ["CalendarEventId"] = links.CalendarEventId,
        ["JoinUrl"] = links.JoinUrl,
        ["AgendaConversationId"] = links.AgendaConversationId,
        ["AgendaActivityId"] = links.AgendaActivityId,
    };

    public static MeetingLinks FromRow(TableEntity row) => new(
        row.GetString("CalendarEventId"),
        row.GetString("JoinUrl"),
        row.GetString("AgendaConversationId"),
        row.GetString("AgendaActivityId"),
        row.ETag.ToString());
}
