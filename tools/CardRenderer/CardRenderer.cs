using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace Wijkverbinder.DevTools.Cards;

/// <summary>
/// The official Adaptive Cards renderer in Debian's headless Chromium, with the Teams host config. Start it once per
/// test class or collection (the browser start is the slow part), then render any number of cards; calls are
/// serialised, so one instance may be shared by the tests of a collection.
/// </summary>
public sealed class CardRenderer : IAsyncDisposable
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan RenderTimeout = TimeSpan.FromSeconds(30);

    private readonly Process node;
    private readonly StringBuilder errors;
    private readonly SemaphoreSlim oneAtATime = new(1, 1);

    private CardRenderer(Process node, StringBuilder errors)
    {
        this.node = node;
        this.errors = errors;
    }

    /// <summary>The version of the npm adaptivecards package doing the rendering.</summary>
    public string RendererVersion { get; private set; } = "";

    public static string Script => Path.Combine(NodeTools.Directory, "CardRenderer", "card-renderer.mjs");

    public static async Task<CardRenderer> StartAsync(CancellationToken cancellationToken = default)
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"Chromium is missing at {ChromiumPath}. Build tools/CardRenderer as root (it installs Debian's package) or run: apt-get update && apt-get install -y chromium");
        }

        if (!File.Exists(Path.Combine(NodeTools.Directory, "node_modules", "adaptivecards", "package.json")))
        {
            throw new InvalidOperationException($"The npm tools are not installed in {NodeTools.Directory}; build the solution first (it runs npm ci in tools/).");
        }

        var node = Process.Start(StartInfo()) ?? throw new InvalidOperationException("node did not start.");
        var errors = new StringBuilder();
        node.ErrorDataReceived += (_, e) => { lock (errors) { errors.AppendLine(e.Data); } };
        node.BeginErrorReadLine();
        var renderer = new CardRenderer(node, errors);
        try
        {
            var hello = await renderer.ReadAnswerAsync(StartTimeout, cancellationToken);
            renderer.RendererVersion = hello.Ready ? hello.Renderer ?? "" : throw renderer.Failure("card-renderer.mjs did not say it was ready.");
            return renderer;
        }
        catch
        {
            await renderer.DisposeAsync();
            throw;
        }
    }

    /// <summary>Parses, validates and renders one card; writes a PNG of it to <paramref name="screenshotPath"/> if given.</summary>
    public async Task<CardRenderResult> RenderAsync(string cardJson, string? screenshotPath = null, CancellationToken cancellationToken = default)
    {
        var request = JsonSerializer.Serialize(new RenderRequest(cardJson, screenshotPath), RendererJsonContext.Default.RenderRequest);
        await oneAtATime.WaitAsync(cancellationToken);
        try
        {
            await node.StandardInput.WriteLineAsync(request.AsMemory(), cancellationToken);
            await node.StandardInput.FlushAsync(cancellationToken);
            var answer = await ReadAnswerAsync(RenderTimeout, cancellationToken);
            return answer.Error is null
                ? new CardRenderResult(answer.Problems ?? [], answer.Html ?? "", screenshotPath)
                : throw Failure("The renderer failed: " + answer.Error);
        }
        finally
        {
            oneAtATime.Release();
        }
    }

    public Task<CardRenderResult> RenderAsync(JsonElement card, string? screenshotPath = null, CancellationToken cancellationToken = default) =>
        RenderAsync(card.GetRawText(), screenshotPath, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        if (!node.HasExited)
        {
            // Closing stdin lets the script close the browser; kill only if it does not.
            node.StandardInput.Close();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            try
            {
                await node.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                node.Kill(entireProcessTree: true);
                await node.WaitForExitAsync();
            }
        }

        node.Dispose();
        oneAtATime.Dispose();
    }

    private static ProcessStartInfo StartInfo()
    {
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        var start = new ProcessStartInfo("node")
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = utf8,
            StandardOutputEncoding = utf8,
            StandardErrorEncoding = utf8,
            WorkingDirectory = NodeTools.Directory,
        };
        start.ArgumentList.Add(Script);
        start.Environment["CHROMIUM_PATH"] = ChromiumPath;
        return start;
    }

    private async Task<RenderAnswer> ReadAnswerAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        string? line;
        try
        {
            line = await node.StandardOutput.ReadLineAsync(limit.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw Failure($"card-renderer.mjs did not answer within {timeout.TotalSeconds} s.");
        }

        return line is null
            ? throw Failure("card-renderer.mjs stopped.")
            : JsonSerializer.Deserialize(line, RendererJsonContext.Default.RenderAnswer) ?? throw Failure("card-renderer.mjs sent null.");
    }

    private InvalidOperationException Failure(string message)
    {
        lock (errors)
        {
            return new InvalidOperationException(errors.Length == 0 ? message : $"{message} Its error output:{Environment.NewLine}{errors}");
        }
    }
}
