using Microsoft.Extensions.DependencyInjection;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.Domain.Referrals;
using Wijkverbinder.IntegrationTests.Infrastructure;
using Wijkverbinder.Storage.Network;
using Wijkverbinder.Storage.Referrals;

namespace Wijkverbinder.IntegrationTests.Referrals;

/// <summary>A municipality's own SLAs: stored in its partition of the municipalities table, used for due dates and reminders.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class ReferralSlaStoreTests(AzuriteFixture azurite)
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly ReferralSla Own = new(NormalDays: 15, HighDays: 3, UrgentDays: 1, ReminderDaysBefore: 0);

    [Fact]
    public async Task WithNothingStoredTheDefaultsApply()
    {
        var t = await ReferralTown.CreateAsync(azurite);
        var store = new TableReferralSlaStore(azurite.Tables, t.Clock);

        Assert.Null(await store.GetAsync(t.Code, None));
        Assert.Same(ReferralSla.Default, await Service(t, store).SlaForAsync(t.Code, None));
    }

    [Fact]
    public async Task StoredSlasAreReadBackAndSetTheDueDateOfNewReferrals()
    {
        var t = await ReferralTown.CreateAsync(azurite);
        var saved = await new TableReferralSlaStore(azurite.Tables, t.Clock).SaveAsync(t.Code, Own, version: null, None);

        var store = new TableReferralSlaStore(azurite.Tables, t.Clock);
        Assert.Equal(saved, await store.GetAsync(t.Code, None));
        var created = await Service(t, store).CreateAsync(t.Town.Municipality, t.Draft() with { Urgency = Urgency.High }, t.Referrer.Id, None);

        Assert.True(created.IsValid);
        Assert.Equal(Own.DueDate(Urgency.High, AzuriteFixture.Today), created.Value!.DueDate);
        Assert.NotEqual(ReferralSla.Default.DueDate(Urgency.High, AzuriteFixture.Today), created.Value.DueDate);
    }

    [Fact]
    public async Task RemindersFollowTheStoredReminderDays()
    {
        var t = await ReferralTown.CreateAsync(azurite);
        var store = new TableReferralSlaStore(azurite.Tables, t.Clock);
        await store.SaveAsync(t.Code, new ReferralSla(NormalDays: 10, HighDays: 5, UrgentDays: 4, ReminderDaysBefore: 3), null, None);
        var service = Service(t, store);

        // Due Thursday 3 December: three working days before is Monday 30 November (the default would be 2 December).
        await service.CreateAsync(t.Town.Municipality, t.Draft() with { DueDate = new DateOnly(2026, 12, 3) }, t.Referrer.Id, None);
        t.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 30, 7, 0, 0, TimeSpan.Zero));

        Assert.Equal(1, await service.RemindAndEscalateAsync(t.Code, None));
        Assert.Equal(0, await t.Service.RemindAndEscalateAsync(t.Code, None));
    }

    [Fact]
    public async Task ASaveBasedOnAnOutdatedVersionIsRefusedAndChangesNothing()
    {
        var t = await ReferralTown.CreateAsync(azurite);
        var first = new TableReferralSlaStore(azurite.Tables, t.Clock);
        var second = new TableReferralSlaStore(azurite.Tables, t.Clock);

        var saved = await first.SaveAsync(t.Code, Own, null, None);
        await Assert.ThrowsAsync<VersionConflictException>(() => second.SaveAsync(t.Code, ReferralSla.Default, null, None));
        var changed = await second.SaveAsync(t.Code, Own with { NormalDays = 20 }, saved.Version, None);
        await Assert.ThrowsAsync<VersionConflictException>(() => first.SaveAsync(t.Code, ReferralSla.Default, saved.Version, None));

        Assert.NotEqual(saved.Version, changed.Version);
        Assert.Equal(20, (await new TableReferralSlaStore(azurite.Tables, t.Clock).GetAsync(t.Code, None))!.Sla.NormalDays);
    }

    [Fact]
    public async Task TheSlasAreReadOncePerMinute()
    {
        var t = await ReferralTown.CreateAsync(azurite);
        var store = new TableReferralSlaStore(azurite.Tables, t.Clock);
        await store.SaveAsync(t.Code, Own, null, None);

        using (var tally = azurite.Counter.BeginTally())
        {
            await store.GetAsync(t.Code, None);
            await store.GetAsync(t.Code, None);
            Assert.Equal(1, tally.Count);
        }

        t.Clock.Advance(TimeSpan.FromMinutes(2));
        using (var tally = azurite.Counter.BeginTally())
        {
            await store.GetAsync(t.Code, None);
            Assert.Equal(1, tally.Count);
        }
    }

    [Fact]
    public async Task TheSlaRowLeavesTheMunicipalitysReferenceDataAsItWas()
    {
        var t = await ReferralTown.CreateAsync(azurite);
        await new TableReferralSlaStore(azurite.Tables, t.Clock).SaveAsync(t.Code, Own, null, None);

        var read = await new TableNetworkStore(azurite.Tables, t.Clock).GetMunicipalityAsync(t.Code, None);

        Assert.Equal(t.Town.Municipality.Areas.Select(a => a.Id), read!.Areas.Select(a => a.Id));
        Assert.Equal(t.Town.Municipality.Themes, read.Themes);
        Assert.Equal(t.Town.Municipality.Districts, read.Districts);
    }

    [Fact]
    public async Task TheHostsReferralServiceUsesTheStoredSlas()
    {
        using var app = new TeamsAppFactory(azurite);
        var t = await ReferralTown.CreateAsync(azurite);
        Assert.IsType<TableReferralSlaStore>(app.Services.GetRequiredService<IReferralSlaStore>());

        await app.Services.GetRequiredService<IReferralSlaStore>().SaveAsync(t.Code, Own, null, None);

        Assert.Equal(Own, await app.Services.GetRequiredService<ReferralService>().SlaForAsync(t.Code, None));
    }

    private static ReferralService Service(ReferralTown t, IReferralSlaStore store) =>
        new(t.Store, t.Colleagues, t.Routing, t.Azurite.Store, ReferralSla.Default, t.Clock, store);
}
