using Wijkverbinder.Domain.Network;
using Wijkverbinder.Domain.Programme;
using Wijkverbinder.Domain.Successes;
using Wijkverbinder.IntegrationTests.Infrastructure;
using Wijkverbinder.Storage.Programme;
using Wijkverbinder.Storage.Referrals;
using Wijkverbinder.Storage.Successes;

namespace Wijkverbinder.IntegrationTests.Programme;

/// <summary>The programme and success stores on the shared Azurite, to check what a test's requests left behind.</summary>
internal sealed class ProgrammeStores(AzuriteFixture azurite)
{
    public IProgrammeStore Programme { get; } = new TableProgrammeStore(azurite.Tables, new OutboxSignal());

    public ISuccessStore Successes { get; } = new TableSuccessStore(azurite.Tables);

    public Task<IReadOnlyList<ThemeGoals>> GoalsAsync(AreaId area) => Programme.GetGoalsAsync(area, CancellationToken.None);

    public Task<IReadOnlyList<Success>> SuccessesAsync(AreaId area) => Successes.ListAsync(area, 100, CancellationToken.None);
}
