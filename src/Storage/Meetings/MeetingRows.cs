using System.Text.Json;
using Azure.Data.Tables;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Meetings;
using Wijkverbinder.Storage.Network;

namespace Wijkverbinder.Storage.Meetings;

/// <summary>
/// Maps a meeting to its row (and to the start row that copies it) and back. Enums are stored as names, short code
/// lists ";"-separated, invitees and actions as JSON columns; text as the user wrote it (encoded where it is shown).
/// </summary>
internal static class MeetingRows
{
    public static TableEntity ToRow(Meeting meeting) => Columns(meeting, MeetingKeys.Meeting(meeting.Id), MeetingKeys.MeetingKind);

    public static TableEntity ToStartRow(Meeting meeting) => Columns(meeting, MeetingKeys.Start(meeting.Start, meeting.Id), MeetingKeys.StartKind);

    /// <summary>A pointer only: a copy would have to be rewritten on every answer, which the 100-row limit does not allow.</summary>
    public static TableEntity ToIndexRow(Meeting meeting, ColleagueId colleague) =>
        new(MeetingKeys.Partition(meeting.Id), MeetingKeys.Index(colleague, meeting.Id))
        {
            ["Kind"] = MeetingKeys.IndexKind,
            ["Local"] = meeting.Id.Local,
            ["Start"] = meeting.Start,
        };

    /// <summary>Everyone whose list shows the meeting: the organiser and the invited colleagues.</summary>
    public static IReadOnlySet<ColleagueId> Involved(Meeting meeting)
    {
        var involved = new HashSet<ColleagueId> { meeting.Organiser };
        involved.UnionWith(meeting.Invitees.Select(i => i.Ref.Colleague).OfType<ColleagueId>());
        return involved;
    }

    /// <summary>The meeting in a meeting row or a start row; only a meeting row's ETag is its version.</summary>
    public static Meeting FromRow(TableEntity row) => new()
    {
        Id = new MeetingId(row.PartitionKey, row.GetString("Local")),
        Kind = Enum.Parse<MeetingKind>(row.GetString("MeetingKind")),
        Title = row.GetString("Title"),
        Scope = row.GetString("Scope"),
        Districts = StoredList.Read(row.GetString("Districts")),
        Themes = StoredList.Read(row.GetString("Themes")),
        Start = row.GetDateTimeOffset("Start") ?? DateTimeOffset.MinValue,
        End = row.GetDateTimeOffset("End") ?? DateTimeOffset.MinValue,
        Location = row.GetString("Location"),
        Online = row.GetBoolean("Online") ?? false,
        Agenda = row.GetString("Agenda"),
        Organiser = new ColleagueId(row.GetString("Organiser")),
        Invitees = ReadInvitees(row.GetString("Invitees")),
        Status = Enum.Parse<MeetingStatus>(row.GetString("Status")),
        CancelReason = row.GetString("CancelReason"),
        Actions = ReadActions(row.GetString("Actions")),
        CreatedAt = row.GetDateTimeOffset("CreatedAt") ?? DateTimeOffset.MinValue,
        UpdatedAt = row.GetDateTimeOffset("UpdatedAt") ?? DateTimeOffset.MinValue,
        LastSequence = row.GetInt32("LastSequence") ?? 0,
        Version = row.GetString("Kind") == MeetingKeys.MeetingKind ? row.ETag.ToString() : null,
    };

    public static TableEntity ToEventRow(MeetingId id, MeetingEvent @event) => new(MeetingKeys.Partition(id), MeetingKeys.Event(id, @event.Sequence))
    {
        ["Kind"] = MeetingKeys.EventKind,
        ["Sequence"] = @event.Sequence,
        ["Event"] = @event.Kind.ToString(),
        ["Actor"] = @event.Actor.Value,
        ["At"] = @event.At,
    };

    public static MeetingEvent FromEventRow(TableEntity row) => new(
        row.GetInt32("Sequence") ?? 0,
        Enum.Parse<MeetingEventKind>(row.GetString("Event")),
        new ColleagueId(row.GetString("Actor")),
        row.GetDateTimeOffset("At") ?? DateTimeOffset.MinValue);

    private static TableEntity Columns(Meeting meeting, string rowKey, string kind) => new(MeetingKeys.Partition(meeting.Id), rowKey)
    {
        ["Kind"] = kind,
        ["Local"] = meeting.Id.Local,
        ["MeetingKind"] = meeting.Kind.ToString(),
        ["Title"] = meeting.Title,
        ["Scope"] = meeting.Scope,
        ["Districts"] = StoredList.Write(meeting.Districts),
        ["Themes"] = StoredList.Write(meeting.Themes),
        ["Start"] = meeting.Start,
        ["End"] = meeting.End,
        ["Location"] = meeting.Location,
        ["Online"] = meeting.Online,
        ["Agenda"] = meeting.Agenda,
        ["Organiser"] = meeting.Organiser.Value,
        ["Invitees"] = JsonSerializer.Serialize(
            meeting.Invitees.Select(i => new StoredInvitee(i.Ref.ToString(), i.Rsvp.ToString(), i.Attended)).ToList(),
            MeetingJsonContext.Default.ListStoredInvitee),
        ["Status"] = meeting.Status.ToString(),
        ["CancelReason"] = meeting.CancelReason,
        ["Actions"] = JsonSerializer.Serialize(
            meeting.Actions.Select(a => new StoredAction(a.Number, a.Text, a.Owner.Value, StoredDate.Write(a.DueOn), a.Done)).ToList(),
            MeetingJsonContext.Default.ListStoredAction),
        ["CreatedAt"] = meeting.CreatedAt,
        ["UpdatedAt"] = meeting.UpdatedAt,
        ["LastSequence"] = meeting.LastSequence,
    };

    private static List<Invitee> ReadInvitees(string? json) =>
        (json is null ? [] : JsonSerializer.Deserialize(json, MeetingJsonContext.Default.ListStoredInvitee) ?? [])
            .Where(i => !i.Ref.Contains(Domain.Privacy.Pseudonyms.PlaceholderPrefix, StringComparison.Ordinal)) // an erased person's invitation (docs/privacy.md)
            .Select(i => InviteeRef.TryParse(i.Ref, out var invitee)
                ? new Invitee(invitee, Enum.Parse<Rsvp>(i.Rsvp), i.Attended)
                : throw new FormatException("A stored invitee with an invalid reference."))
            .ToList();

    private static List<AgreedAction> ReadActions(string? json) =>
        (json is null ? [] : JsonSerializer.Deserialize(json, MeetingJsonContext.Default.ListStoredAction) ?? [])
            .Select(a => new AgreedAction(a.Number, a.Text, new ColleagueId(a.Owner), StoredDate.Read(a.DueOn), a.Done))
            .ToList();
}
