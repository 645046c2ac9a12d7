using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using Wijkverbinder.Domain.Retention;

namespace Wijkverbinder.Storage.Retention;

/// <summary>
/// Closed referrals (completed or declined) last changed more than Retention:ClosedReferralsDays ago, with every row
/// that belongs to them: the referral row, its history and outbox rows, and the index rows under everyone involved.
/// Counts referrals.
/// </summary>
internal sealed class ClosedReferralsRetention(AppTables tables, IOptions<RetentionOptions> options) : IRetentionPolicy
{
    public string RecordType => "closedReferral";

    public async Task<long> DeleteExpiredAsync(string municipality, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (RetentionOptions.CutOff(now, options.Value.ClosedReferralsDays) is not { } cutOff)
        {
            return 0;
        }

        // The referral row and its index copies carry Open, UpdatedAt and Local: one partition query finds them all.
        var expired = new List<TableEntity>();
        await foreach (var row in tables.Referrals.QueryAsync<TableEntity>(
            TableClient.CreateQueryFilter($"PartitionKey eq {municipality} and Open eq {false} and UpdatedAt lt {cutOff}"),
            select: ["PartitionKey", "RowKey", "Kind", "Local"],
            cancellationToken: cancellationToken))
        {
            expired.Add(row);
        }

        long referrals = 0;
        foreach (var referral in expired.Where(r => r.GetString("Kind") == "referral"))
        {
            var local = referral.GetString("Local");
            var rows = await RowDeleter.KeysAsync(
                tables.Referrals,
                TableClient.CreateQueryFilter($"PartitionKey eq {municipality} and ((RowKey ge {"R|" + local} and RowKey lt {"R|" + local + "|~"}) or (RowKey ge {"O|" + local + "|"} and RowKey lt {"O|" + local + "|~"}))"),
                cancellationToken);
            rows.AddRange(expired.Where(r => r.GetString("Kind") == "index" && r.GetString("Local") == local));

            // The referral row last, so a run that stops halfway finds the referral again next time.
            var head = rows.Where(r => r.RowKey == referral.RowKey).ToList();
            await RowDeleter.DeleteAsync(tables.Referrals, rows.Where(r => r.RowKey != referral.RowKey), cancellationToken);
            await RowDeleter.DeleteAsync(tables.Referrals, head, cancellationToken);
            referrals++;
        }

        return referrals;
    }
}
