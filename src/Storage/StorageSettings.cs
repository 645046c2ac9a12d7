using Microsoft.Extensions.Configuration;

namespace Wijkverbinder.Storage;

/// <summary>
/// Where storage is. Locally a connection string (Azurite); in Azure the account's table endpoint, reached with the
/// app's managed identity, since shared keys are disabled there. The queue endpoint (<see cref="QueueServiceUri"/>) is
/// the same account's; the connection string serves both locally.
/// </summary>
public sealed record StorageSettings(string? ConnectionString, Uri? TableServiceUri, Uri? QueueServiceUri = null)
{
    public const string ConnectionName = "storage";

    public static StorageSettings From(IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString(ConnectionName);
        var endpoint = configuration["Storage:TableServiceUri"];
        var queueEndpoint = configuration["Storage:QueueServiceUri"];
        if (string.IsNullOrWhiteSpace(connectionString) && string.IsNullOrWhiteSpace(endpoint))
        {
            throw new InvalidOperationException(
                $"Storage is not configured: set ConnectionStrings:{ConnectionName} (local) or Storage:TableServiceUri (Azure).");
        }

        return new StorageSettings(
            string.IsNullOrWhiteSpace(connectionString) ? null : connectionString,
            string.IsNullOrWhiteSpace(endpoint) ? null : new Uri(endpoint),
            string.IsNullOrWhiteSpace(queueEndpoint) ? null : new Uri(queueEndpoint));
    }
}
