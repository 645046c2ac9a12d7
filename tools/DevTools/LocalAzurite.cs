using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Wijkverbinder.DevTools;

/// <summary>
/// A private Azurite for one test run or benchmark: in memory, on free loopback ports, stopped on dispose.
/// </summary>
public sealed class LocalAzurite : IAsyncDisposable
{
    private readonly Process process;

    private LocalAzurite(Process process, string connectionString)
    {
        this.process = process;
        ConnectionString = connectionString;
    }

    public string ConnectionString { get; }

    public static async Task<LocalAzurite> StartAsync(CancellationToken cancellationToken = default)
    {
        if (!File.Exists(NodeTools.AzuriteScript))
        {
            throw new InvalidOperationException($"Azurite is not installed at {NodeTools.AzuriteScript}; build the solution first (it runs npm ci in tools/).");
        }

        var (blob, queue, table) = (FreePort(), FreePort(), FreePort());
        var start = new ProcessStartInfo("node") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(NodeTools.AzuriteScript);
        foreach (var argument in AzuriteAccount.Arguments(blob, queue, table).Append("--inMemoryPersistence").Append("--silent"))
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var azurite = new LocalAzurite(process, AzuriteAccount.ConnectionString(blob, queue, table));
        try
        {
            await WaitUntilListeningAsync(process, table, cancellationToken);
            return azurite;
        }
        catch
        {
            await azurite.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }

    private static async Task WaitUntilListeningAsync(Process process, int port, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"Azurite exited at start with code {process.ExitCode}.");
            }

            try
            {
                // Any HTTP answer (403 for an anonymous request) means the table service listens.
                using var response = await http.GetAsync(new Uri($"http://127.0.0.1:{port}/{AzuriteAccount.Name}/Tables"), cancellationToken);
                return;
            }
            catch (HttpRequestException)
            {
                await Task.Delay(100, cancellationToken);
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                await Task.Delay(100, cancellationToken);
            }
        }

        throw new TimeoutException("Azurite did not listen within 60 seconds.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
