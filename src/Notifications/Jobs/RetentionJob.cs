using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Wijkverbinder.Domain.Audit;
using Wijkverbinder.Domain.Retention;

namespace Wijkverbinder.Notifications.Jobs;

/// <summary>
/// Retention: runs every registered <see cref="IRetentionPolicy"/> for the configured municipality and records in the
/// audit log, per record type, how many records it removed (counts, never contents). A policy that fails is recorded
/// as Failed and does not stop the others.
/// </summary>
public sealed partial class RetentionJob(
    IEnumerable<IRetentionPolicy> policies,
    IAuditLog log,
    IOptions<WijkverbinderOptions> options,
    TimeProvider clock,
    ILogger<RetentionJob> logger)
{
    public async Task<IReadOnlyDictionary<string, long>> RunAsync(CancellationToken cancellationToken)
    {
        var municipality = options.Value.MunicipalityCode;
        var now = clock.GetUtcNow();
        var removed = new Dictionary<string, long>();
        foreach (var policy in policies)
        {
            long? count = null;
            try
            {
                count = await policy.DeleteExpiredAsync(municipality, now, cancellationToken);
                removed[policy.RecordType] = count.Value;
                LogRemoved(logger, policy.RecordType, count.Value);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogFailed(logger, policy.RecordType, e.GetType().Name);
            }

            await log.AppendAsync(
                new AuditEntry(municipality, AuditActions.RetentionDelete, policy.RecordType, null, count is null ? AuditResult.Failed : AuditResult.Allowed, AuditOrigin.Job, AuditEntry.SystemActor, count),
                cancellationToken);
        }

        return removed;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention: {Count} expired records of type {RecordType} removed.")]
    private static partial void LogRemoved(ILogger logger, string recordType, long count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Retention of {RecordType} failed ({Error}).")]
    private static partial void LogFailed(ILogger logger, string recordType, string error);
}
