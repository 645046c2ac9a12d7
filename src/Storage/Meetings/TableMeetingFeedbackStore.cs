using Azure.Data.Tables;
using Wijkverbinder.Domain.Meetings;
using Wijkverbinder.Storage.Dashboard;
using Wijkverbinder.Storage.Network;

namespace Wijkverbinder.Storage.Meetings;

/// <summary>
/// Feedback on meetings in table "meetingfeedback", one partition per municipality, one row per meeting and respondent
/// key: answering again replaces the row. A meeting's feedback is one range query. An answer marks the meeting's
/// districts on <see cref="DashboardSignal"/>, so the aggregated feedback on the network status follows.
/// </summary>
public sealed class TableMeetingFeedbackStore(AppTables tables, DashboardSignal? dashboards = null) : IMeetingFeedbackStore
{
    public async Task SaveAsync(FeedbackSubmission submission, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(submission);
        await tables.MeetingFeedback.UpsertEntityAsync(FeedbackRows.ToRow(submission), TableUpdateMode.Replace, cancellationToken);
        if (dashboards is not null)
        {
            // The answer does not carry the districts; one point read of that column of the meeting row does.
            var meeting = await tables.Meetings.GetEntityIfExistsAsync<TableEntity>(
                MeetingKeys.Partition(submission.Meeting), MeetingKeys.Meeting(submission.Meeting), select: ["Districts"], cancellationToken: cancellationToken);
            foreach (var district in meeting.HasValue ? StoredList.Read(meeting.Value!.GetString("Districts")) : [])
            {
                dashboards.DistrictChanged(district);
            }
        }
    }

    public async Task<IReadOnlyList<FeedbackSubmission>> ListAsync(MeetingId meeting, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {meeting.Municipality} and RowKey ge {FeedbackRows.RowsOf(meeting)} and RowKey lt {FeedbackRows.AfterRowsOf(meeting)}");
        var answers = new List<FeedbackSubmission>();
        await foreach (var row in tables.MeetingFeedback.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            answers.Add(FeedbackRows.FromRow(row));
        }

        return answers;
    }

    public async Task<bool> HasAnsweredAsync(MeetingId meeting, string respondentKey, CancellationToken cancellationToken)
    {
        var row = await tables.MeetingFeedback.GetEntityIfExistsAsync<TableEntity>(
            meeting.Municipality, FeedbackRows.Row(meeting, respondentKey), select: ["RowKey"], cancellationToken: cancellationToken);
        return row.HasValue;
    }
}
