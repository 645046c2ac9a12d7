using Wijkverbinder.Domain.Budget;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.Domain.Referrals;

namespace Wijkverbinder.Tabs.Tests.Fakes;

/// <summary>
/// Referrals in memory with the store's contract: a change based on an outdated version is refused with
/// <see cref="VersionConflictException"/> and writes nothing. <see cref="Saves"/> counts the changes written.
/// </summary>
internal sealed class InMemoryReferralStore : IReferralStore
{
    private readonly Dictionary<ReferralId, ReferralRecord> records = [];
    private int version;

    public int Saves { get; private set; }

    /// <summary>Receives the ledger a change writes with the referral (a grant or spending), as one transaction would.</summary>
    public Action<AreaBudget>? LedgerWritten { get; set; }

    public IEnumerable<Referral> All => records.Values.Select(r => r.Referral);

    /// <summary>Runs once before the next save; lets a test change the referral "at the same moment".</summary>
    public Action? BeforeNextSave { get; set; }

    public void Add(Referral referral, params ReferralEvent[] history) =>
        records[referral.Id] = new ReferralRecord(referral with { Version = NextVersion(), LastSequence = history.Length }, history);

    public ReferralRecord Current(ReferralId id) => records[id];

    public async Task<ReferralRecord?> GetAsync(ReferralId id, CancellationToken cancellationToken)
    {
        // Real storage answers later: the page renders once before the referral is there.
        await Task.Yield();
        return records.GetValueOrDefault(id);
    }

    public Task<Referral> SaveAsync(ReferralChange change, CancellationToken cancellationToken)
    {
        var before = BeforeNextSave;
        BeforeNextSave = null;
        before?.Invoke();

        var id = change.After.Id;
        if (change.Before is not null && (!records.TryGetValue(id, out var current) || current.Referral.Version != change.Before.Version))
        {
            throw new VersionConflictException();
        }

        var history = records.TryGetValue(id, out var existing) ? existing.History : [];
        var after = change.After with { Version = NextVersion() };
        records[id] = new ReferralRecord(after, [.. history, change.Event]);
        if (change.Ledger is { } ledger)
        {
            LedgerWritten?.Invoke(ledger);
        }

        Saves++;
        return Task.FromResult(after);
    }

    public async Task<IReadOnlyList<Referral>> ListForColleagueAsync(string municipality, ColleagueId colleague, TimeSpan closedWithin, CancellationToken cancellationToken)
    {
        await Task.Yield();
        return records.Values
            .Select(r => r.Referral)
            .Where(r => r.Referrer == colleague || r.Receiver == colleague || r.ReferrerTeam == colleague)
            .ToList();
    }

    public Task<IReadOnlyList<Referral>> ListOpenAsync(string municipality, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Referral>>(records.Values.Select(r => r.Referral).Where(r => r.IsOpen).ToList());

    public Task<IReadOnlyList<ReferralRecord>> ListWithHistorySinceAsync(string municipality, DateTimeOffset since, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ReferralRecord>>(records.Values.Where(r => r.Referral.CreatedAt >= since).ToList());

    private string NextVersion() => "v" + ++version;
}
