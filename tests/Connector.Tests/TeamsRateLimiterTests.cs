using Microsoft.Extensions.Time.Testing;
using Wijkverbinder.Protocol.Connector;

namespace Wijkverbinder.Connector.Tests;

/// <summary>The limiter on a fake clock: the production limits, checked exactly and without waiting.</summary>
public sealed class TeamsRateLimiterTests
{
    private static readonly TimeSpan WaitLimit = TimeSpan.FromSeconds(10);
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 28, 9, 0, 0, TimeSpan.Zero));
    private readonly TeamsRateLimits limits = new();

    [Fact]
    public async Task Seven_go_at_once_and_the_eighth_waits_a_window_plus_the_margin()
    {
        using var limiter = new TeamsRateLimiter(limits, time);
        var first = Enumerable.Range(0, 7).Select(_ => limiter.AcquireAsync("a:1")).ToArray();
        Assert.All(first, lease => Assert.True(lease.IsCompletedSuccessfully && lease.Result.IsAcquired));

        var eighth = limiter.AcquireAsync("a:1").AsTask();
        time.Advance(TimeSpan.FromSeconds(1));
        await Task.Delay(50);
        Assert.False(eighth.IsCompleted);

        time.Advance(limits.ArrivalMargin);
        Assert.True((await eighth.WaitAsync(WaitLimit)).IsAcquired);
    }

    [Fact]
    public void Another_conversation_is_not_held_up()
    {
        using var limiter = new TeamsRateLimiter(limits, time);
        for (var i = 0; i < 7; i++)
        {
            _ = limiter.AttemptAcquire("a:busy");
        }

        Assert.False(limiter.AttemptAcquire("a:busy").IsAcquired);
        Assert.True(limiter.AttemptAcquire("a:other").IsAcquired);
    }

    [Fact]
    public async Task The_app_as_a_whole_gets_fifty_a_second()
    {
        using var limiter = new TeamsRateLimiter(limits, time);
        for (var i = 0; i < 50; i++)
        {
            Assert.True(limiter.AttemptAcquire($"a:{i}").IsAcquired);
        }

        var fiftyFirst = limiter.AcquireAsync("a:fresh").AsTask();
        await Task.Delay(50);
        Assert.False(fiftyFirst.IsCompleted);

        time.Advance(limits.PerApp.Window + limits.ArrivalMargin);
        Assert.True((await fiftyFirst.WaitAsync(WaitLimit)).IsAcquired);
    }

    [Fact]
    public async Task A_cancelled_wait_gives_up_and_leaves_the_queue_working()
    {
        using var limiter = new TeamsRateLimiter(limits, time);
        for (var i = 0; i < 7; i++)
        {
            _ = limiter.AttemptAcquire("a:1");
        }

        using var cancel = new CancellationTokenSource();
        var waiting = limiter.AcquireAsync("a:1", 1, cancel.Token).AsTask();
        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting.WaitAsync(WaitLimit));

        var next = limiter.AcquireAsync("a:1").AsTask();
        time.Advance(TimeSpan.FromSeconds(1) + limits.ArrivalMargin);
        Assert.True((await next.WaitAsync(WaitLimit)).IsAcquired);
    }

    [Fact]
    public async Task A_burst_of_100_on_the_production_limits_never_breaks_any_window()
    {
        using var limiter = new TeamsRateLimiter(limits, time);
        var granted = new List<long>();
        var waits = Enumerable.Range(0, 100).Select(_ => limiter.AcquireAsync("a:1").AsTask().ContinueWith(
            _ =>
            {
                lock (granted)
                {
                    granted.Add(time.GetTimestamp());
                }
            },
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default)).ToArray();

        // Drive the fake clock in small steps, giving waiters a moment of real time to take their permits. Bounded by
        // real time, not by a count of steps: on a busy machine the waiters lag and need more steps, never fewer.
        var all = Task.WhenAll(waits);
        using var patience = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        while (!all.IsCompleted && !patience.IsCancellationRequested)
        {
            time.Advance(TimeSpan.FromMilliseconds(20));
            await Task.Delay(1, CancellationToken.None);
        }

        await all.WaitAsync(WaitLimit);
        long[] sorted;
        lock (granted)
        {
            sorted = [.. granted.Order()];
        }

        Assert.Equal(100, sorted.Length);
        foreach (var rule in limits.PerConversation)
        {
            Assert.True(BusiestWindow(sorted, rule.Window) <= rule.PermitLimit, $"more than {rule.PermitLimit} within {rule.Window}");
        }
    }

    private int BusiestWindow(long[] sorted, TimeSpan window)
    {
        var busiest = 0;
        var start = 0;
        for (var end = 0; end < sorted.Length; end++)
        {
            while (time.GetElapsedTime(sorted[start], sorted[end]) >= window)
            {
                start++;
            }

            busiest = Math.Max(busiest, end - start + 1);
        }

        return busiest;
    }
}
