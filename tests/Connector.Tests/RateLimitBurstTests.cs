using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Wijkverbinder.Connector.Tests.Infrastructure;
using Wijkverbinder.Protocol.Connector;
using Wijkverbinder.Protocol.Schema;
using Stopwatch = System.Diagnostics.Stopwatch;
using Wijkverbinder.Tests.LogScan;

namespace Wijkverbinder.Connector.Tests;

public sealed class RateLimitBurstTests
{
    /// <summary>
    /// Teams' per-conversation limits at a quarter of their windows, so a burst of 100 takes seconds, not a minute. The
    /// windows are checked on departure times, which a busy machine delays unevenly after the permits; the margin covers
    /// that (a quarter of a second of scheduling between two requests, where 100 ms was close on two shared cores).
    /// </summary>
    private static readonly TeamsRateLimits QuarterScale = new()
    {
        PerConversation =
        [
            new(7, TimeSpan.FromMilliseconds(250)),
            new(8, TimeSpan.FromMilliseconds(500)),
            new(60, TimeSpan.FromSeconds(7.5)),
            new(1800, TimeSpan.FromMinutes(15)),
        ],
        ArrivalMargin = TimeSpan.FromMilliseconds(250),
    };

    [Fact]
    public void Production_uses_Teams_own_limits()
    {
        var services = new ServiceCollection().AddLogging(logging => logging.AddLogScan()).AddBotConnector(new ConfigurationBuilder().Build()).BuildServiceProvider();

        var limits = services.GetRequiredService<TeamsRateLimiter>().Limits;

        Assert.Equal(
            [(7, TimeSpan.FromSeconds(1)), (8, TimeSpan.FromSeconds(2)), (60, TimeSpan.FromSeconds(30)), (1800, TimeSpan.FromHours(1))],
            limits.PerConversation.Select(r => (r.PermitLimit, r.Window)).ToArray());
        Assert.Equal((50, TimeSpan.FromSeconds(1)), (limits.PerApp.PermitLimit, limits.PerApp.Window));
        Assert.True(limits.ArrivalMargin > TimeSpan.Zero);
    }

    [Fact]
    public async Task A_burst_of_100_to_one_conversation_arrives_within_every_window_of_the_limits()
    {
        var recorder = new DepartureRecorder();
        await using var host = await ConnectorHost.StartAsync(
            options => options.RateLimits = QuarterScale,
            afterConnector: services => services.AddHttpClient<ConnectorClient>().AddHttpMessageHandler(() => recorder));
        await WarmUpAsync(host);
        recorder.Departures.Clear();

        var sends = Enumerable.Range(1, 100).Select(i =>
            host.Client.SendActivityAsync(host.Stub.ServiceUrl, "a:one-user", new Activity { Type = ActivityTypes.Message, Text = $"#{i}" }));
        await Task.WhenAll(sends);

        // All 100 reached the stub; the windows are checked on when the requests left the pipeline (after their
        // permits), which is what the limiter decides; arrival times add the machine's network scheduling on top.
        Assert.Equal(100, host.Stub.Requests.Count);
        var arrivals = recorder.Departures.Order().ToArray();
        Assert.Equal(100, arrivals.Length);
        foreach (var rule in QuarterScale.PerConversation)
        {
            var busiest = BusiestWindow(arrivals, rule.Window);
            Assert.True(busiest <= rule.PermitLimit, $"{busiest} requests arrived within {rule.Window} (limit {rule.PermitLimit})");
        }

        // The 60-per-window rule did bind: the 61st request waited for the first one to leave that window. Without it
        // the 8-per-500 ms rule alone lets 61 leave within 3.75 s; 6 s proves the binding and leaves room for a timer
        // firing early and for the first departure being delayed after its permit on a busy machine.
        Assert.True(Stopwatch.GetElapsedTime(arrivals[0], arrivals[60]) >= TimeSpan.FromSeconds(6));
    }

    [Fact]
    public async Task On_the_production_limits_a_burst_is_spread_out()
    {
        await using var host = await ConnectorHost.StartAsync();
        await WarmUpAsync(host);

        await Task.WhenAll(Enumerable.Range(1, 20).Select(i =>
            host.Client.SendActivityAsync(host.Stub.ServiceUrl, "a:one-user", new Activity { Type = ActivityTypes.Message, Text = $"#{i}" })));

        // The windows themselves are proven on a fake clock (TeamsRateLimiterTests): arrivals here also carry the
        // machine's connection set-up and scheduling, so this test asserts only what no jitter can fake: 20 messages
        // to one conversation cannot arrive faster than 8 per 2 seconds lets them (at least 4.4 s of permits).
        var arrivals = host.Stub.Requests.Select(r => r.ArrivedAt).Order().ToArray();
        Assert.Equal(20, arrivals.Length);
        var spread = Stopwatch.GetElapsedTime(arrivals[0], arrivals[^1]);
        Assert.True(spread >= TimeSpan.FromSeconds(3), $"20 arrivals within {spread}");
    }

    /// <summary>The most arrivals in any window of the given length.</summary>
    internal static int BusiestWindow(IReadOnlyList<long> sortedTimestamps, TimeSpan window)
    {
        var busiest = 0;
        var start = 0;
        for (var end = 0; end < sortedTimestamps.Count; end++)
        {
            while (Stopwatch.GetElapsedTime(sortedTimestamps[start], sortedTimestamps[end]) >= window)
            {
                start++;
            }

            busiest = Math.Max(busiest, end - start + 1);
        }

        return busiest;
    }

    /// <summary>JIT and fresh connections make the first requests slow to arrive; they would bunch the ones after.</summary>
    private static async Task WarmUpAsync(ConnectorHost host)
    {
        await Task.WhenAll(Enumerable.Range(1, 7).Select(i =>
            host.Client.SendActivityAsync(host.Stub.ServiceUrl, "a:warm-up", new Activity { Type = ActivityTypes.Message })));
        host.Stub.Clear();
    }
}
