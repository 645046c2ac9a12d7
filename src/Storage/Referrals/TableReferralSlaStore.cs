using Azure;
using Azure.Data.Tables;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.Domain.Referrals;

namespace Wijkverbinder.Storage.Referrals;

/// <summary>
/// A municipality's SLAs: one row <c>SLA</c> in its partition of the <c>municipalities</c> table (the reference data
/// loader skips it: its key has no kind prefix), read through a copy at most a minute old. No row: the defaults apply.
/// </summary>
public sealed class TableReferralSlaStore(AppTables tables, TimeProvider clock) : IReferralSlaStore
{
    public const string RowKey = "SLA";

    private static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(1);

    private readonly ReferenceDataCache<Copy> cache = new(clock, MaxAge);

    public async Task<StoredSla?> GetAsync(string municipality, CancellationToken cancellationToken) =>
        (await cache.GetAsync(
            municipality,
            async ct =>
            {
                var row = await tables.Municipalities.GetEntityIfExistsAsync<TableEntity>(municipality, RowKey, cancellationToken: ct);
                return new Copy(row.HasValue ? FromRow(row.Value!) : null);
            },
            cancellationToken)).Value;

    public async Task<StoredSla> SaveAsync(string municipality, ReferralSla sla, string? version, CancellationToken cancellationToken)
    {
        var row = new TableEntity(municipality, RowKey)
        {
            ["NormalDays"] = sla.NormalDays,
            ["HighDays"] = sla.HighDays,
            ["UrgentDays"] = sla.UrgentDays,
            ["ReminderDaysBefore"] = sla.ReminderDaysBefore,
        };
        try
        {
            var response = version is null
                ? await tables.Municipalities.AddEntityAsync(row, cancellationToken)
                : await tables.Municipalities.UpdateEntityAsync(row, new ETag(version), TableUpdateMode.Replace, cancellationToken);
            return new StoredSla(sla, response.Headers.ETag!.Value.ToString());
        }
        catch (RequestFailedException e) when (e.Status is 409 or 412 or 404)
        {
            // 409: someone stored SLAs first; 412: someone changed them since they were read; 404: they were removed.
            throw new VersionConflictException("The SLAs changed since they were read.", e);
        }
        finally
        {
            cache.Drop(municipality);
        }
    }

    private static StoredSla FromRow(TableEntity row)
    {
        var defaults = ReferralSla.Default;
        var sla = new ReferralSla(
            row.GetInt32("NormalDays") ?? defaults.NormalDays,
            row.GetInt32("HighDays") ?? defaults.HighDays,
            row.GetInt32("UrgentDays") ?? defaults.UrgentDays,
            row.GetInt32("ReminderDaysBefore") ?? defaults.ReminderDaysBefore);
        return new StoredSla(sla, row.ETag.ToString());
    }

    /// <summary>The cache holds classes; "nothing stored" is a copy too, so it is not read again every time.</summary>
    private sealed record Copy(StoredSla? Value);
}
