using System.Text.Json;
using Azure.Data.Tables;
using Wijkverbinder.Domain.Meetings;
using Wijkverbinder.Domain.Network;

namespace Wijkverbinder.Storage.Meetings;

/// <summary>
/// A feedback row: partition = municipality, row = "{meeting local}|{respondent key}". The key is a hash (see
/// <see cref="FeedbackKey"/>); no column names the respondent.
/// </summary>
internal static class FeedbackRows
{
    public static string Row(MeetingId meeting, string respondentKey) => $"{meeting.Local}|{respondentKey}";

    public static string RowsOf(MeetingId meeting) => $"{meeting.Local}|";

    public static string AfterRowsOf(MeetingId meeting) => $"{meeting.Local}|~";

    public static TableEntity ToRow(FeedbackSubmission submission) => new(submission.Meeting.Municipality, Row(submission.Meeting, submission.RespondentKey))
    {
        ["Local"] = submission.Meeting.Local,
        ["RespondentKey"] = submission.RespondentKey,
        ["Usefulness"] = submission.Usefulness,
        ["Remark"] = submission.Remark,
        ["Parties"] = JsonSerializer.Serialize(
            submission.Parties.Select(p => new StoredParty(p.Party.ToString(), p.Contribution, p.Role, p.Connection, p.Remark)).ToList(),
            MeetingJsonContext.Default.ListStoredParty),
        ["At"] = submission.At,
    };

    public static FeedbackSubmission FromRow(TableEntity row) => new(
        new MeetingId(row.PartitionKey, row.GetString("Local")),
        row.GetString("RespondentKey"),
        row.GetInt32("Usefulness"),
        row.GetString("Remark"),
        (JsonSerializer.Deserialize(row.GetString("Parties") ?? "[]", MeetingJsonContext.Default.ListStoredParty) ?? [])
            .Select(p => MemberId.TryParse(p.Party, out var party)
                ? new PartyFeedback(party, p.Contribution, p.Role, p.Connection, p.Remark)
                : throw new FormatException("Stored feedback on a party with an invalid id."))
            .ToList(),
        row.GetDateTimeOffset("At") ?? DateTimeOffset.MinValue);
}
