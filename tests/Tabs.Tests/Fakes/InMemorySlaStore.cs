using Wijkverbinder.Domain.Network;
using Wijkverbinder.Domain.Referrals;

namespace Wijkverbinder.Tabs.Tests.Fakes;

/// <summary>SLAs in memory with the store's version check.</summary>
internal sealed class InMemorySlaStore : IReferralSlaStore
{
    private int version;

    public StoredSla? Stored { get; private set; }

    public int Saves { get; private set; }

    public async Task<StoredSla?> GetAsync(string municipality, CancellationToken cancellationToken)
    {
        // Real storage answers later: the page renders once before the SLAs are there.
        await Task.Yield();
        return Stored;
    }

    public Task<StoredSla> SaveAsync(string municipality, ReferralSla sla, string? version, CancellationToken cancellationToken)
    {
        if (version != Stored?.Version)
        {
            throw new VersionConflictException();
        }

        Stored = new StoredSla(sla, "v" + ++this.version);
        Saves++;
        return Task.FromResult(Stored);
    }

    /// <summary>Someone else saves, as another administrator would.</summary>
    public void ChangeBehindTheBack(ReferralSla sla) => Stored = new StoredSla(sla, "v" + ++version);
}
