using Azure.Data.Tables;
using Azure.Identity;

namespace Wijkverbinder.Storage;

/// <summary>The tables of the network, on one service client that counts its requests.</summary>
public sealed class NetworkTables
{
    public const string NetworkTableName = "network";
    public const string MunicipalitiesTableName = "municipalities";

    public NetworkTables(StorageSettings settings, StorageRequestCounter counter)
    {
        var options = new TableClientOptions();
        options.AddPolicy(counter, Azure.Core.HttpPipelinePosition.PerRetry);
        Service = settings.ConnectionString is not null
            ? new TableServiceClient(settings.ConnectionString, options)
            : new TableServiceClient(settings.TableServiceUri, new DefaultAzureCredential(), options);
        Network = Service.GetTableClient(NetworkTableName);
        Municipalities = Service.GetTableClient(MunicipalitiesTableName);
    }

    public TableServiceClient Service { get; }

    /// <summary>Members and ties, one partition per area.</summary>
    public TableClient Network { get; }

    /// <summary>Municipalities with their areas, districts and themes, one partition per municipality.</summary>
    public TableClient Municipalities { get; }

    public async Task EnsureCreatedAsync(CancellationToken cancellationToken)
    {
        await Network.CreateIfNotExistsAsync(cancellationToken);
        await Municipalities.CreateIfNotExistsAsync(cancellationToken);
    }
}
