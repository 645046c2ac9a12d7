using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using Wijkverbinder.Domain.Retention;
using Wijkverbinder.Storage.Meetings;

namespace Wijkverbinder.Storage.Retention;

/// <summary>
/// Meetings that started more than Retention:MeetingsDays ago: every row of the meeting (the meeting and its history,
/// its start row, its links, the index rows of the colleagues involved) and its feedback. Found by the start rows,
/// which are ordered by start and hold a copy of the meeting, so one range query finds them all.
/// </summary>
internal sealed class MeetingsRetention(AppTables tables, IOptions<RetentionOptions> options) : IRetentionPolicy
{
    public string RecordType => "meeting";

    public async Task<long> DeleteExpiredAsync(string municipality, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (RetentionOptions.CutOff(now, options.Value.MeetingsDays) is not { } cutOff)
        {
            return 0;
        }

        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {municipality} and RowKey ge {"S|"} and RowKey lt {MeetingKeys.StartsFrom(cutOff)}");
        long deleted = 0;
        await foreach (var start in tables.Meetings.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            var meeting = MeetingRows.FromRow(start);
            var rows = await RowDeleter.KeysAsync(
                tables.Meetings,
                TableClient.CreateQueryFilter($"PartitionKey eq {municipality} and RowKey ge {MeetingKeys.Meeting(meeting.Id)} and RowKey lt {MeetingKeys.AfterMeeting(meeting.Id)}"),
                cancellationToken);
            rows.Add(new TableEntity(municipality, MeetingKeys.Links(meeting.Id)));
            rows.AddRange(MeetingRows.Involved(meeting).Select(c => new TableEntity(municipality, MeetingKeys.Index(c, meeting.Id))));

            // The start row last: a run that stops halfway finds the meeting again next time.
            await RowDeleter.DeleteAsync(tables.Meetings, rows, cancellationToken);
            var feedback = await RowDeleter.KeysAsync(
                tables.MeetingFeedback,
                TableClient.CreateQueryFilter($"PartitionKey eq {municipality} and RowKey ge {FeedbackRows.RowsOf(meeting.Id)} and RowKey lt {FeedbackRows.AfterRowsOf(meeting.Id)}"),
                cancellationToken);
            await RowDeleter.DeleteAsync(tables.MeetingFeedback, feedback, cancellationToken);
            await RowDeleter.DeleteAsync(tables.Meetings, [new TableEntity(municipality, start.RowKey)], cancellationToken);
            deleted++;
        }

        return deleted;
    }
}
