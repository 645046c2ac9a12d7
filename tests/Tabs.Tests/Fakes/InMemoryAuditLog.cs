using Wijkverbinder.Domain.Audit;

namespace Wijkverbinder.Tabs.Tests.Fakes;

/// <summary>An audit log in memory, on a fixed clock; the chain is the domain's, so the verifier works on it as on the table.</summary>
internal sealed class InMemoryAuditLog(TimeProvider clock) : IAuditLog
{
    private readonly List<AuditRecord> records = [];

    public List<AuditRecord> Records => records;

    public Task<AuditRecord> AppendAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var day = DateOnly.FromDateTime(now.UtcDateTime);
        var record = AuditChain.Link(entry.Normalized(), now, records.LastOrDefault(r => r.Municipality == entry.Municipality && r.Day == day), AuditKeyRing.Development);
        records.Add(record);
        return Task.FromResult(record);
    }

    public Task<IReadOnlyList<AuditRecord>> ReadDayAsync(string municipality, DateOnly day, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<AuditRecord>>([.. records.Where(r => r.Municipality == municipality && r.Day == day).OrderBy(r => r.Sequence)]);
}
