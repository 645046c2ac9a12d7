using Wijkverbinder.DevTools;

namespace Wijkverbinder.AppHost;

internal static class AzuriteResourceExtensions
{
    public const int BlobPort = 10000;
    public const int QueuePort = 10001;
    public const int TablePort = 10002;

    /// <summary>
    /// Azurite through node, on loopback, with its data in .azurite/ at the repository root so the demo network survives
    /// a restart. Healthy once the blob service answers (403 to an anonymous list).
    /// </summary>
    public static IResourceBuilder<ExecutableResource> AddAzurite(this IDistributedApplicationBuilder builder, string name)
    {
        var dataDirectory = Path.Combine(NodeTools.Directory, "..", ".azurite");
        Directory.CreateDirectory(dataDirectory);
        return builder.AddExecutable(name, "node", NodeTools.Directory, [NodeTools.AzuriteScript, .. AzuriteAccount.Arguments(BlobPort, QueuePort, TablePort), "--location", Path.GetFullPath(dataDirectory)])
            .WithHttpEndpoint(port: BlobPort, name: "blob", isProxied: false)
            .WithHttpEndpoint(port: QueuePort, name: "queue", isProxied: false)
            .WithHttpEndpoint(port: TablePort, name: "table", isProxied: false)
            .WithHttpHealthCheck($"/{AzuriteAccount.Name}?comp=list", statusCode: 403, endpointName: "blob");
    }

    public static string ConnectionString => AzuriteAccount.ConnectionString(BlobPort, QueuePort, TablePort);
}
