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

    /// <summary>How often a start is tried on fresh ports when Azurite exits at once (a port taken in between).</summary>
    private const int StartAttempts = 3;

    public static async Task<LocalAzurite> StartAsync(CancellationToken cancellationToken = default)
    {
        if (!File.Exists(NodeTools.AzuriteScript))
        {
            throw new InvalidOperationException($"Azurite is not installed at {NodeTools.AzuriteScript}; build the solution first (it runs npm ci in tools/).");
        }

        // A free port can be taken by another process (test projects run side by side) before Azurite binds it; then
        // Azurite exits at start, and fresh ports are tried rather than failing every test of the run.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await StartOnFreePortsAsync(cancellationToken);
            }
            catch (AzuriteExitedException) when (attempt < StartAttempts)
            {
            }
        }
    }

    private static async Task<LocalAzurite> StartOnFreePortsAsync(CancellationToken cancellationToken)
    {
        var (blob, queue, table) = FreePorts();
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
                throw new AzuriteExitedException(process.ExitCode);
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

    /// <summary>Three distinct free ports: the listeners stay open until all three are picked, so none repeats.</summary>
    private static (int Blob, int Queue, int Table) FreePorts()
    {
        var listeners = Enumerable.Range(0, 3).Select(_ => new TcpListener(IPAddress.Loopback, 0)).ToArray();
        try
        {
            foreach (var listener in listeners)
            {
                listener.Start();
            }

            var ports = listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Port).ToArray();
            return (ports[0], ports[1], ports[2]);
        }
        finally
        {
            foreach (var listener in listeners)
            {
                listener.Dispose();
            }
        }
    }
}
