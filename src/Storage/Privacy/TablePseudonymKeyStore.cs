using System.Collections.Concurrent;
using System.Security.Cryptography;
using Azure;
using Azure.Data.Tables;
using Wijkverbinder.Domain.Privacy;

namespace Wijkverbinder.Storage.Privacy;

/// <summary>
/// The municipality's pseudonym key in the <c>privacy</c> table: 32 random bytes, made by whoever needs it first (an
/// insert, so two instances cannot make two keys: the loser reads the winner's), never changed, kept in memory.
/// </summary>
public sealed class TablePseudonymKeyStore(AppTables tables) : IPseudonymKeyStore
{
    private const string KeyRow = "pseudonymKey";
    private readonly ConcurrentDictionary<string, byte[]> keys = new(StringComparer.Ordinal);

    public async Task<byte[]> GetKeyAsync(string municipality, CancellationToken cancellationToken)
    {
        if (keys.TryGetValue(municipality, out var known))
        {
            return known;
        }

        var stored = await tables.Privacy.GetEntityIfExistsAsync<TableEntity>(municipality, KeyRow, cancellationToken: cancellationToken);
        if (!stored.HasValue)
        {
            try
            {
                await tables.Privacy.AddEntityAsync(new TableEntity(municipality, KeyRow) { ["Key"] = RandomNumberGenerator.GetBytes(32) }, cancellationToken);
            }
            catch (RequestFailedException e) when (e.Status == 409)
            {
                // Another instance made it first: use theirs.
            }

            stored = await tables.Privacy.GetEntityIfExistsAsync<TableEntity>(municipality, KeyRow, cancellationToken: cancellationToken);
        }

        return keys.GetOrAdd(municipality, stored.Value!.GetBinary("Key"));
    }
}
