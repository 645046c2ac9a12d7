namespace Wijkverbinder.DevTools;

/// <summary>Azurite's well-known development account. The key is public and works only against the emulator.</summary>
public static class AzuriteAccount
{
    public const string Name = "devstoreaccount1";
    public const string Key = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    public static string ConnectionString(int blobPort, int queuePort, int tablePort) =>
        $"DefaultEndpointsProtocol=http;AccountName={Name};AccountKey={Key};" +
        $"BlobEndpoint=http://127.0.0.1:{blobPort}/{Name};" +
        $"QueueEndpoint=http://127.0.0.1:{queuePort}/{Name};" +
        $"TableEndpoint=http://127.0.0.1:{tablePort}/{Name};";

    /// <summary>The arguments that start Azurite on loopback, without telemetry, accepting newer SDK API versions.</summary>
    public static IReadOnlyList<string> Arguments(int blobPort, int queuePort, int tablePort) =>
    [
        "--blobHost", "127.0.0.1", "--blobPort", blobPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
        "--queueHost", "127.0.0.1", "--queuePort", queuePort.ToString(System.Globalization.CultureInfo.InvariantCulture),
        "--tableHost", "127.0.0.1", "--tablePort", tablePort.ToString(System.Globalization.CultureInfo.InvariantCulture),
        "--skipApiVersionCheck", "--disableTelemetry",
    ];
}
