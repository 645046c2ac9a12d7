using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace Wijkverbinder.DevTools.Playground;

/// <summary>
/// A private, headless Microsoft 365 Agents Playground (the local Teams client) for one test run: on a free port,
/// talking to the given bot endpoint, stopped with its process tree on dispose.
/// </summary>
public sealed partial class LocalPlayground : IAsyncDisposable
{
    /// <summary>Set to <c>none</c> so the Playground does not try to open a browser.</summary>
    public const string BrowserVariable = "TEAMSAPPTESTER_BROWSER";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly Process process;
    private readonly string workingDirectory;

    private LocalPlayground(Process process, string workingDirectory, int port)
    {
        this.process = process;
        this.workingDirectory = workingDirectory;
        Port = port;
    }

    public int Port { get; private set; }

    /// <summary>The Playground's web UI and its APIs (<c>/_conversation</c>, <c>/_debug</c>, <c>/_internal</c>).</summary>
    public Uri BaseAddress => new($"http://localhost:{Port.ToString(CultureInfo.InvariantCulture)}/");

    /// <summary>The mocked Bot Connector the bot replies to; the Playground puts it in every activity's serviceUrl.</summary>
    public Uri ServiceUrl => new(BaseAddress, "_connector");

    /// <summary>The script node runs: <c>node {Script} {Arguments}</c>.</summary>
    public static string Script => NodeTools.PlaygroundScript;

    /// <summary>The environment the Playground needs to run headless.</summary>
    public static IReadOnlyDictionary<string, string> Environment { get; } = new Dictionary<string, string> { [BrowserVariable] = "none" };

    /// <summary>The CLI arguments that start the Playground as a Teams client of <paramref name="botEndpoint"/>, without telemetry.</summary>
    public static IReadOnlyList<string> Arguments(Uri botEndpoint, int port)
    {
        ArgumentNullException.ThrowIfNull(botEndpoint);
        return
        [
            "--app-endpoint", botEndpoint.AbsoluteUri,
            "--channel-id", "msteams",
            "--port", port.ToString(CultureInfo.InvariantCulture),
            "--disable-telemetry",
        ];
    }

    public static async Task<LocalPlayground> StartAsync(Uri botEndpoint, CancellationToken cancellationToken = default)
    {
        if (!File.Exists(Script))
        {
            throw new InvalidOperationException($"The Agents Playground is not installed at {Script}; build the solution first (it runs npm ci in tools/).");
        }

        // The Playground writes devTools/m365agentsplayground.log and reads .m365agentsplayground.yml in its working
        // directory: a fresh one keeps the repository clean and the mocked tenant at its defaults.
        var workingDirectory = Directory.CreateTempSubdirectory("wijkverbinder-playground-").FullName;
        var port = FreePort();
        var start = new ProcessStartInfo("node")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory,
        };
        start.ArgumentList.Add(Script);
        foreach (var argument in Arguments(botEndpoint, port))
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in Environment)
        {
            start.Environment[name] = value;
        }

        var listening = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        process.OutputDataReceived += (_, e) =>
        {
            // The Playground falls back to a random port when the asked one is taken; it says which one it took.
            if (e.Data is not null && ListeningLine().Match(e.Data) is { Success: true } match)
            {
                listening.TrySetResult(int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture));
            }
        };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var playground = new LocalPlayground(process, workingDirectory, port);
        try
        {
            playground.Port = await WaitUntilListeningAsync(process, listening.Task, cancellationToken);
            await WaitUntilAnsweringAsync(playground.BaseAddress, cancellationToken);
            return playground;
        }
        catch
        {
            await playground.DisposeAsync();
            throw;
        }
    }

    /// <summary>A connected client for the Playground's conversation API; dispose it before the Playground.</summary>
    public Task<PlaygroundClient> CreateClientAsync(CancellationToken cancellationToken = default) =>
        PlaygroundClient.ConnectAsync(BaseAddress, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
        try
        {
            Directory.Delete(workingDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover log file in the temp folder is harmless.
        }
    }

    private static async Task<int> WaitUntilListeningAsync(Process process, Task<int> listening, CancellationToken cancellationToken)
    {
        var exited = process.WaitForExitAsync(cancellationToken);
        var finished = await Task.WhenAny(listening, exited).WaitAsync(StartTimeout, cancellationToken);
        if (finished == exited)
        {
            await exited;
            throw new InvalidOperationException($"The Agents Playground exited at start with code {process.ExitCode}.");
        }

        return await listening;
    }

    private static async Task WaitUntilAnsweringAsync(Uri baseAddress, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow + StartTimeout;
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                if (await http.GetStringAsync(new Uri("_debug/ping", UriKind.Relative), cancellationToken) == "pong")
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
            }

            await Task.Delay(100, cancellationToken);
        }

        throw new TimeoutException($"The Agents Playground did not answer within {StartTimeout.TotalSeconds} seconds.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [GeneratedRegex(@"^Listening on (\d+)")]
    private static partial Regex ListeningLine();
}
