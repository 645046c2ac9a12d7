using Microsoft.Extensions.DependencyInjection;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Referrals;
using Wijkverbinder.IntegrationTests.Infrastructure;
using Wijkverbinder.Storage.Colleagues;
using Wijkverbinder.Storage.Referrals;

namespace Wijkverbinder.IntegrationTests.Referrals;

/// <summary>The TeamsApp host resolves the referral stores and use cases that <c>AddNetworkStorage</c> registers.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class ReferralRegistrationTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task TheHostResolvesTheReferralServicesAsSingletons()
    {
        using var app = new TeamsAppFactory(azurite);
        var services = app.Services;

        Assert.IsType<TableReferralStore>(services.GetRequiredService<IReferralStore>());
        Assert.IsType<TableColleagueDirectory>(services.GetRequiredService<IColleagueDirectory>());
        Assert.IsType<TableRoutingRuleStore>(services.GetRequiredService<IRoutingRuleStore>());
        Assert.Same(services.GetRequiredService<OutboxSignal>(), services.GetRequiredService<OutboxSignal>());
        Assert.NotNull(services.GetRequiredService<OutboxReader>());
        Assert.Same(ReferralSla.Default, services.GetRequiredService<ReferralSla>());

        // The service works end to end in the host: a referral created through it reaches the host's outbox reader.
        var town = await ReferralTown.CreateAsync(azurite);
        var service = services.GetRequiredService<ReferralService>();
        var created = await service.CreateAsync(town.Town.Municipality, town.Draft(), town.Referrer.Id, CancellationToken.None);
        Assert.True(created.IsValid);
        Assert.Equal(2, (await services.GetRequiredService<OutboxReader>().ListPendingAsync(town.Code, 10, CancellationToken.None)).Count);
    }
}
