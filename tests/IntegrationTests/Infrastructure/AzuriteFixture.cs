using Microsoft.Extensions.Time.Testing;
using Wijkverbinder.DevTools;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.Storage;
using Wijkverbinder.Storage.Network;

namespace Wijkverbinder.IntegrationTests.Infrastructure;

/// <summary>
/// One real Azurite (in memory, on free ports) for all integration tests. Tests keep out of each other's way by each
/// working in a municipality of its own (<see cref="NewMunicipalityAsync"/>).
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    /// <summary>The day the tests live on; dates in test data are relative to it.</summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 28, 9, 0, 0, TimeSpan.Zero);

    private static int nextMunicipality = 1000;
    private LocalAzurite? azurite;

    public string ConnectionString => azurite?.ConnectionString ?? throw new InvalidOperationException("Azurite has not started.");

    public FakeTimeProvider Clock { get; } = new(Now);

    public StorageRequestCounter Counter { get; } = new();

    public AppTables Tables { get; private set; } = null!;

    public TableNetworkStore Store { get; private set; } = null!;

    public NetworkRegistry Registry { get; private set; } = null!;

    public static DateOnly Today => DateOnly.FromDateTime(Now.UtcDateTime);

    public async Task InitializeAsync()
    {
        azurite = await LocalAzurite.StartAsync();
        Tables = new AppTables(new StorageSettings(ConnectionString, null), Counter);
        await Tables.EnsureCreatedAsync(CancellationToken.None);
        Store = new TableNetworkStore(Tables, Clock);
        Registry = new NetworkRegistry(Store, Clock);
    }

    public async Task DisposeAsync()
    {
        if (azurite is not null)
        {
            await azurite.DisposeAsync();
        }
    }

    /// <summary>
    /// A municipality of this test's own, saved: area A (districts 01 and 02) and area B (district 03), two themes.
    /// </summary>
    /// <summary>A municipality of its own that is not stored yet (a new installation before its setup).</summary>
    public static TestTown UnsavedMunicipality() =>
        new(Interlocked.Increment(ref nextMunicipality).ToString(System.Globalization.CultureInfo.InvariantCulture));

    public async Task<TestTown> NewMunicipalityAsync()
    {
        var digits = Interlocked.Increment(ref nextMunicipality).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var town = new TestTown(digits);
        await Store.SaveMunicipalityAsync(town.Municipality, CancellationToken.None);
        return town;
    }
}
