using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using Wijkverbinder.DevTools;

namespace Wijkverbinder.Benchmarks;

/// <summary>
/// Throughput and latency of POST /api/messages for a "help" message, which the bot answers with a card sent through
/// the connector to a local stub. Closed loop: a fixed number of clients each send the next message when the last was
/// acknowledged. Reports acknowledgements per second, the acknowledgement latency and the end-to-end latency (message
/// in, reply at the stub).
/// </summary>
internal static class BotEndpointBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var numbers = args.Where(a => !a.StartsWith('-')).ToArray();
        var seconds = numbers.Length > 0 ? int.Parse(numbers[0], CultureInfo.InvariantCulture) : 15;
        var concurrency = numbers.Length > 1 ? int.Parse(numbers[1], CultureInfo.InvariantCulture) : 16;
        var teamsLimits = args.Contains("--teams-limits");
        Console.WriteLine($"Starting Azurite, the TeamsApp on Kestrel and a stub connector; {concurrency} clients for {seconds} s after a 3 s warm-up; the connector's Teams rate limits {(teamsLimits ? "on" : "lifted")} ...");
        await using var azurite = await LocalAzurite.StartAsync();
        await using var stub = await ReplyStub.StartAsync();
        using var host = new BotHost(azurite.ConnectionString, teamsLimits);
        host.UseKestrel(0);
        host.StartServer();
        using var http = host.CreateClient();

        await LoadAsync(http, stub, TimeSpan.FromSeconds(3), concurrency);
        stub.ArrivedAt.Clear();
        var process = Process.GetCurrentProcess();
        var sent = await LoadAsync(http, stub, TimeSpan.FromSeconds(seconds), concurrency);
        await WaitForRepliesAsync(stub, sent.Keys);
        process.Refresh();

        var firstStart = sent.Values.Min(s => s.Start);
        var ack = sent.Values.Select(s => s.AckMs).Order().ToArray();
        var endToEnd = sent.Where(s => stub.ArrivedAt.ContainsKey(s.Key))
            .Select(s => Stopwatch.GetElapsedTime(s.Value.Start, stub.ArrivedAt[s.Key]).TotalMilliseconds).Order().ToArray();
        Console.WriteLine();
        Console.WriteLine($"Machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}; load generator, app, stub and Azurite on the same machine.");
        Console.WriteLine();
        Console.WriteLine("| measure | value |");
        Console.WriteLine("| --- | ---: |");
        Console.WriteLine(Row("messages acknowledged (202) per second", sent.Count / (double)seconds));
        Console.WriteLine(Row("refused (503, queue full), warm-up included", refused.Count));
        Console.WriteLine(Row("acknowledgement latency p50 (ms)", Percentile.Of(ack, 0.50)));
        Console.WriteLine(Row("acknowledgement latency p99 (ms)", Percentile.Of(ack, 0.99)));
        Console.WriteLine(Row("replies at the stub", endToEnd.Length));
        Console.WriteLine(Row("replies per second", endToEnd.Length / Math.Max(1, (sent.Keys.Where(stub.ArrivedAt.ContainsKey).Select(id => stub.ArrivedAt[id]).DefaultIfEmpty(firstStart).Max() - firstStart) / (double)Stopwatch.Frequency)));
        Console.WriteLine(Row("message to reply p50 (ms)", Percentile.Of(endToEnd, 0.50)));
        Console.WriteLine(Row("message to reply p99 (ms)", Percentile.Of(endToEnd, 0.99)));
        Console.WriteLine(Row("peak working set of the process (MB)", process.PeakWorkingSet64 / 1024.0 / 1024.0));
        return endToEnd.Length == sent.Count ? 0 : 1;
    }

    private static readonly RefusalCounter refused = new();

    private static async Task<ConcurrentDictionary<string, (long Start, double AckMs)>> LoadAsync(HttpClient http, ReplyStub stub, TimeSpan duration, int concurrency)
    {
        var sent = new ConcurrentDictionary<string, (long Start, double AckMs)>();
        var until = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async client =>
        {
            while (Stopwatch.GetTimestamp() < until)
            {
                var id = Guid.NewGuid().ToString("N");
                var start = Stopwatch.GetTimestamp();
                using var response = await http.PostAsJsonAsync("/api/messages", TeamsMessage.Help(id, client, stub.ServiceUrl));
                if ((int)response.StatusCode == 202)
                {
                    sent[id] = (start, Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                }
                else
                {
                    // Refused (the queue is full): back off as the Teams service does, instead of spinning.
                    refused.Increment();
                    await Task.Delay(100);
                }
            }
        }));
        return sent;
    }

    /// <summary>Waits for the replies to the measured messages (the warm-up's may still be arriving too).</summary>
    private static async Task WaitForRepliesAsync(ReplyStub stub, ICollection<string> measured)
    {
        var deadline = Stopwatch.GetTimestamp() + (120 * Stopwatch.Frequency);
        while (measured.Any(id => !stub.ArrivedAt.ContainsKey(id)) && Stopwatch.GetTimestamp() < deadline)
        {
            await Task.Delay(50);
        }
    }

    private static string Row(string measure, double value) =>
        string.Create(CultureInfo.InvariantCulture, $"| {measure} | {value:0.#} |");

    private sealed class RefusalCounter
    {
        private int count;

        public int Count => count;

        public void Increment() => Interlocked.Increment(ref count);
    }
}
