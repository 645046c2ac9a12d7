using Azure;
using Azure.Data.Tables;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Privacy;
using Wijkverbinder.Domain.Referrals;
using Wijkverbinder.Storage.Colleagues;
using Wijkverbinder.Storage.Referrals;
using Wijkverbinder.Storage.Retention;

namespace Wijkverbinder.Storage.Privacy;

/// <summary>
/// Access and erasure requests over every table: each row of the municipality is read, and a row that names the
/// person (an id, a mail address, a name; in its keys or any text column) is exported, deleted or anonymised. Reading
/// whole partitions is costly but rare (a request or two a year); it is what makes sure nothing is missed, including
/// free text. The dashboards hold only what they are rebuilt from; the audit log holds pseudonyms and is not touched.
/// </summary>
public sealed class TableSubjectDataStore(AppTables tables, PseudonymKey keys, IColleagueDirectory colleagues, IRoutingRuleStore routing) : ISubjectDataStore
{
    private const int Attempts = 3;

    public async Task<IReadOnlyList<SubjectRecord>> FindAsync(DataSubject subject, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var text = new SubjectText(subject);
        var found = new List<SubjectRecord>();
        foreach (var table in Tables())
        {
            await foreach (var row in RowsAsync(table, subject.Municipality, cancellationToken))
            {
                if (SubjectRows.Mentions(row, text))
                {
                    var fate = SubjectRows.KeyMentions(row, text) ? SubjectRecordFate.Deleted : table.MentionFate;
                    found.Add(new(SubjectRows.RecordType(table, row), $"{row.PartitionKey}/{row.RowKey}", SubjectRows.Fields(row), fate));
                }
            }
        }

        found.AddRange(await AuditRecordsAsync(subject, cancellationToken));
        return found;
    }

    public async Task<IReadOnlyList<ErasedRecords>> EraseAsync(DataSubject subject, string placeholder, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var text = new SubjectText(subject);
        var counts = new Dictionary<string, (int Deleted, int Anonymised)>(StringComparer.Ordinal);
        foreach (var table in Tables())
        {
            var doomed = new List<TableEntity>();
            await foreach (var row in RowsAsync(table, subject.Municipality, cancellationToken))
            {
                if (!SubjectRows.Mentions(row, text))
                {
                    continue;
                }

                var type = SubjectRows.RecordType(table, row);
                var (deleted, anonymised) = counts.GetValueOrDefault(type);
                if (SubjectRows.KeyMentions(row, text) || table.MentionFate == SubjectRecordFate.Deleted)
                {
                    doomed.Add(row);
                    counts[type] = (deleted + 1, anonymised);
                }
                else
                {
                    await AnonymiseAsync(table.Client, row, text, placeholder, cancellationToken);
                    counts[type] = (deleted, anonymised + 1);
                }
            }

            await RowDeleter.DeleteAsync(table.Client, doomed, cancellationToken);
        }

        (colleagues as TableColleagueDirectory)?.Forget(subject.Municipality);
        (routing as TableRoutingRuleStore)?.Forget(subject.Municipality);
        return [.. counts.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => new ErasedRecords(c.Key, c.Value.Deleted, c.Value.Anonymised))];
    }

    /// <summary>
    /// In erasure order: the records that only mention the person first, then their network entries and ties, and their
    /// colleague entry last, so that a run cut short still finds the person by id or mail and can be repeated.
    /// </summary>
    private List<SubjectTable> Tables() =>
    [
        new(AppTables.MeetingFeedbackTableName, tables.MeetingFeedback, Partition, SubjectRecordFate.Anonymised),
        new(AppTables.MeetingsTableName, tables.Meetings, Partition, SubjectRecordFate.Anonymised, HasKinds: true),
        new(AppTables.ReferralsTableName, tables.Referrals, Partition, SubjectRecordFate.Anonymised, HasKinds: true),
        new(AppTables.BookingsTableName, tables.Bookings, Partition, SubjectRecordFate.Anonymised, HasKinds: true),
        new(AppTables.SuccessesTableName, tables.Successes, Areas, SubjectRecordFate.Anonymised),
        new(AppTables.ProgrammeTableName, tables.Programme, Partition, SubjectRecordFate.Anonymised),
        new(AppTables.DeliveriesTableName, tables.Deliveries, Partition, SubjectRecordFate.Deleted),
        new(AppTables.ConversationsTableName, tables.Conversations, _ => null, SubjectRecordFate.Deleted),
        new(AppTables.RoutingTableName, tables.Routing, Partition, SubjectRecordFate.Deleted),
        new(AppTables.MunicipalitiesTableName, tables.Municipalities, Partition, SubjectRecordFate.Anonymised),
        new(AppTables.NetworkTableName, tables.Network, Areas, SubjectRecordFate.Anonymised, HasKinds: true),
        new(AppTables.ColleaguesTableName, tables.Colleagues, Partition, SubjectRecordFate.Anonymised),
    ];

    private static string Partition(string municipality) => TableClient.CreateQueryFilter($"PartitionKey eq {municipality}");

    /// <summary>The network's and the successes' partitions are the municipality's areas: "GM0202.W1" and so on.</summary>
    private static string Areas(string municipality) =>
        TableClient.CreateQueryFilter($"PartitionKey ge {municipality + "."} and PartitionKey lt {municipality + "/"}");

    private static IAsyncEnumerable<TableEntity> RowsAsync(SubjectTable table, string municipality, CancellationToken cancellationToken) =>
        table.Client.QueryAsync<TableEntity>(table.Filter(municipality), cancellationToken: cancellationToken);

    private static async Task AnonymiseAsync(TableClient table, TableEntity row, SubjectText text, string placeholder, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await table.UpdateEntityAsync(SubjectRows.Scrub(row, text, placeholder), row.ETag, TableUpdateMode.Replace, cancellationToken);
                return;
            }
            catch (RequestFailedException e) when (e.Status == 412 && attempt < Attempts)
            {
                // Someone changed the row meanwhile: clean what is there now.
                row = (await table.GetEntityAsync<TableEntity>(row.PartitionKey, row.RowKey, cancellationToken: cancellationToken)).Value;
            }
            catch (RequestFailedException e) when (e.Status == 404)
            {
                return;
            }
        }
    }

    /// <summary>
    /// Audit records where the person acted or is the object: by their pseudonym under each key, the current one and
    /// those before a rotation (and their id, for records from before pseudonyms).
    /// </summary>
    private async Task<List<SubjectRecord>> AuditRecordsAsync(DataSubject subject, CancellationToken cancellationToken)
    {
        var all = keys.AllFor(subject.Municipality);
        var found = new List<SubjectRecord>();
        foreach (var id in subject.Ids)
        {
            for (var k = 0; k < all.Count; k++)
            {
                // One query per id and key: the service allows 15 comparisons in a filter. The raw id (records from
                // before pseudonyms) is asked with the current key only, so such a record is found once.
                var pseudonym = Pseudonyms.ForAudit(all[k], id);
                var match = k == 0
                    ? TableClient.CreateQueryFilter($"Actor eq {pseudonym} or ObjectId eq {pseudonym} or Actor eq {id} or ObjectId eq {id}")
                    : TableClient.CreateQueryFilter($"Actor eq {pseudonym} or ObjectId eq {pseudonym}");
                await foreach (var row in tables.Audit.QueryAsync<TableEntity>($"{Areas(subject.Municipality)} and ({match})", cancellationToken: cancellationToken))
                {
                    found.Add(new("audit", $"{row.PartitionKey}/{row.RowKey}", SubjectRows.Fields(row), SubjectRecordFate.Kept));
                }
            }
        }

        return found;
    }
}
