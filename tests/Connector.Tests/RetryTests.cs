using Stopwatch = System.Diagnostics.Stopwatch;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;
using Wijkverbinder.Connector.Tests.Infrastructure;
using Wijkverbinder.Protocol.Connector;
using Wijkverbinder.Protocol.Schema;

namespace Wijkverbinder.Connector.Tests;

public sealed class RetryTests
{
    private static readonly Activity Hello = new() { Type = ActivityTypes.Message, Text = "hallo" };

    [Theory]
    [InlineData(412, "PreconditionFailed")]
    [InlineData(502, "ServiceError")]
    [InlineData(503, "ServiceUnavailable")]
    [InlineData(504, "GatewayTimeout")]
    public async Task A_transient_status_is_retried_until_the_send_succeeds(int status, string code)
    {
        await using var host = await ConnectorHost.StartAsync();
        host.Stub.Enqueue(StubReply.Error(status, code), StubReply.Error(status, code));

        var sent = await host.Client.SendActivityAsync(host.Stub.ServiceUrl, "a:1", Hello);

        Assert.Equal(3, host.Stub.Requests.Count);
        Assert.Equal("activity-3", sent.Id);
    }

    [Fact]
    public async Task When_retries_run_out_the_last_status_is_raised()
    {
        await using var host = await ConnectorHost.StartAsync(options => options.MaxRetries = 2);
        host.Stub.Enqueue(StubReply.Error(502, "ServiceError"), StubReply.Error(502, "ServiceError"), StubReply.Error(502, "ServiceError"));

        var error = await Assert.ThrowsAsync<ConnectorException>(() => host.Client.SendActivityAsync(host.Stub.ServiceUrl, "a:1", Hello));

        Assert.Equal(502, error.Status);
        Assert.Equal(3, host.Stub.Requests.Count);
    }

    [Fact]
    public async Task A_429_is_retried_no_sooner_than_its_retry_after_seconds()
    {
        // The backoff is 10 ms here, so only Retry-After can explain a gap of a second.
        await using var host = await ConnectorHost.StartAsync();
        host.Stub.Enqueue(StubReply.Error(429, "Throttled", retryAfter: "1"));

        await host.Client.SendActivityAsync(host.Stub.ServiceUrl, "a:1", Hello);

        var requests = host.Stub.Requests;
        Assert.Equal(2, requests.Count);
        var gap = Stopwatch.GetElapsedTime(requests[0].ArrivedAt, requests[1].ArrivedAt);
        Assert.True(gap >= TimeSpan.FromMilliseconds(980), $"retried after {gap}");
    }

    [Fact]
    public async Task A_429_with_a_retry_after_date_is_retried_no_sooner_than_that_date()
    {
        await using var host = await ConnectorHost.StartAsync();
        var notBefore = DateTimeOffset.UtcNow.AddSeconds(2);
        notBefore = notBefore.AddTicks(-(notBefore.Ticks % TimeSpan.TicksPerSecond)); // HTTP dates have whole seconds
        host.Stub.Enqueue(StubReply.Error(429, "Throttled", retryAfter: notBefore.ToString("R")));

        await host.Client.SendActivityAsync(host.Stub.ServiceUrl, "a:1", Hello);

        var requests = host.Stub.Requests;
        Assert.Equal(2, requests.Count);
        Assert.True(requests[1].ArrivedUtc >= notBefore.AddMilliseconds(-20), $"retried at {requests[1].ArrivedUtc:O}, asked {notBefore:O}");
    }

    [Fact]
    public async Task The_retry_waits_the_retry_after_delay_on_the_injected_clock()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 28, 9, 0, 0, TimeSpan.Zero));
        await using var host = await ConnectorHost.StartAsync(
            options => options.AttemptTimeout = TimeSpan.FromHours(1), time, services: s => s.AddFakeLogging());
        var logs = host.Services.GetFakeLogCollector();
        host.Stub.Enqueue(StubReply.Error(429, "Throttled", retryAfter: "30"));

        var send = host.Client.SendActivityAsync(host.Stub.ServiceUrl, "a:1", Hello);
        var retry = await WaitForAsync(() => logs.GetSnapshot().SingleOrDefault(r => r.Id.Id == 1));

        Assert.Equal("30000", retry.StructuredState!.Single(s => s.Key == "DelayMs").Value);
        await Task.Delay(200);
        Assert.Single(host.Stub.Requests); // real time passes, the fake clock does not: no retry yet
        while (!send.IsCompleted)
        {
            time.Advance(TimeSpan.FromSeconds(30));
            await Task.WhenAny(send, Task.Delay(TimeSpan.FromSeconds(2)));
        }

        await send;
        Assert.Equal(2, host.Stub.Requests.Count);
    }

    private static async Task<T> WaitForAsync<T>(Func<T?> probe)
        where T : class
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromMinutes(1)); // ends as soon as the probe finds it
        while (probe() is null)
        {
            await Task.Delay(10, cts.Token);
        }

        return probe()!;
    }
}
