using System.Security.Cryptography;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Wijkverbinder.Domain.Audit;
using Wijkverbinder.Domain.Privacy;
using Wijkverbinder.IntegrationTests.Audit;
using Wijkverbinder.IntegrationTests.Infrastructure;
using Wijkverbinder.Storage;

namespace Wijkverbinder.IntegrationTests.Privacy;

/// <summary>
/// The audit pseudonym key comes from configuration (Privacy:PseudonymKey, a Key Vault reference in Azure), not from
/// the storage account: outside Development the app refuses to start without it, a restart with the same key finds a
/// person's records again, another key does not, after a rotation both keys' records are found, and no table holds a
/// key (docs/privacy.md).
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class PseudonymKeyTests(AzuriteFixture azurite)
{
    private const string Person = "5f0c6d2e-1b7a-4c4e-9a61-2f7e8d9c0a11";

    [Fact]
    public void TheTeamsAppRefusesToStartOutsideDevelopmentWithoutTheKey()
    {
        // Production needs a bot registration to start at all; everything else it needs is there.
        using var app = new TeamsAppFactory(azurite, "Production")
        {
            Settings = { ["Bot:AppId"] = "00000000-0000-0000-0000-000000000001", ["Privacy:PseudonymKey"] = string.Empty },
        };

        var error = Assert.ThrowsAny<Exception>(() => app.CreateClient().Dispose());

        var refused = Assert.IsType<OptionsValidationException>(error.GetBaseException());
        Assert.Contains("Privacy:PseudonymKey is not set", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheStorageRefusesAShortKeyWithoutShowingIt()
    {
        var shortKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));
        using var host = Host(shortKey);

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("at least 32 bytes", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(shortKey, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARestartWithTheSameKeyFindsThePersonAnotherKeyDoesNotAndNoTableHoldsAKey()
    {
        var town = await azurite.NewMunicipalityAsync();
        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        using (var before = Host(key))
        {
            await before.StartAsync();
            await before.Services.GetRequiredService<IAuditLog>().AppendAsync(
                new AuditEntry(town.Code, "GET /api/tab/me", "me", null, AuditResult.Allowed, AuditOrigin.TabApi, Person), CancellationToken.None);
            await before.StopAsync();
        }

        var stored = Assert.Single(await AuditRowsReader.RowsAsync(azurite, town.Code));
        Assert.StartsWith(Pseudonyms.AuditPrefix, stored.GetString("Actor"), StringComparison.Ordinal);
        Assert.NotEqual(AuditRowsReader.Pseudonym(town.Code, Person), stored.GetString("Actor"));

        Assert.Equal(1, await MatchesAsync(key, town.Code));
        Assert.Equal(0, await MatchesAsync(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)), town.Code));
        var tables = new List<string>();
        await foreach (var table in azurite.Tables.Service.QueryAsync())
        {
            tables.Add(table.Name);
        }

        Assert.Contains(AppTables.AuditTableName, tables);
        Assert.DoesNotContain("privacy", tables);
    }

    [Fact]
    public async Task AfterARotationTheSearchAndAnAccessRequestFindTheRecordsOfBothKeys()
    {
        var town = await azurite.NewMunicipalityAsync();
        var (before, after) = (Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)), Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
        await AppendAsync(before, null, town.Code);
        await AppendAsync(after, before, town.Code);

        var actors = (await AuditRowsReader.RowsAsync(azurite, town.Code)).Select(r => r.GetString("Actor")).ToList();
        Assert.Equal(2, actors.Distinct().Count());
        Assert.Equal(2, await MatchesAsync(after, town.Code, previous: before));
        Assert.Equal(1, await MatchesAsync(after, town.Code));
        using var host = Host(after, before);
        await host.StartAsync();
        var found = await host.Services.GetRequiredService<ISubjectDataStore>().FindAsync(new DataSubject(town.Code, [Person], [], []), CancellationToken.None);
        Assert.Equal(2, found.Count(r => r.RecordType == "audit"));
        await host.StopAsync();
    }

    private async Task AppendAsync(string key, string? previous, string municipality)
    {
        using var host = Host(key, previous);
        await host.StartAsync();
        await host.Services.GetRequiredService<IAuditLog>().AppendAsync(
            new AuditEntry(municipality, "GET /api/tab/me", "me", null, AuditResult.Allowed, AuditOrigin.TabApi, Person), CancellationToken.None);
        await host.StopAsync();
    }

    /// <summary>How many of the day's records a new host with <paramref name="key"/> finds for the person.</summary>
    private async Task<int> MatchesAsync(string key, string municipality, string? previous = null)
    {
        using var host = Host(key, previous);
        await host.StartAsync();
        var result = await host.Services.GetRequiredService<AuditSearch>().SearchAsync(municipality, new AuditQuery(AzuriteFixture.Today, Actor: Person), CancellationToken.None);
        Assert.True(result.Integrity.Intact);
        await host.StopAsync();
        return result.Matched;
    }

    /// <summary>The storage registration both apps use (TeamsApp and Functions), in Production, with this pseudonym key.</summary>
    private IHost Host(string pseudonymKey, string? previousKeys = null)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = Environments.Production });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [$"ConnectionStrings:{StorageSettings.ConnectionName}"] = azurite.ConnectionString,
            ["Audit:KeyId"] = AuditKeyRing.DevelopmentKeyId,
            ["Audit:Keys"] = AuditKeyRing.DevelopmentKeyId + ":" + Convert.ToBase64String(new byte[32]),
            ["Privacy:PseudonymKey"] = pseudonymKey,
            ["Privacy:PreviousPseudonymKeys"] = previousKeys,
        });
        builder.Services.AddSingleton<TimeProvider>(azurite.Clock);
        builder.Services.AddNetworkStorage(builder.Configuration);
        return builder.Build();
    }
}
