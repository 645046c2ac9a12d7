using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;

namespace Wijkverbinder.Benchmarks.BotComparison;

/// <summary>
/// Load on a bot endpoint, measured the same way for every stack: a turn starts when the message is posted and ends
/// when its reply reaches the stub connector (whether the endpoint answers the POST at once, as ours does with 202, or
/// after the turn, as the SDKs do with 200).
/// </summary>
internal sealed class TurnLoad(HttpClient http, Uri endpoint, ReplyStub stub)
{
    private static readonly TimeSpan TurnTimeout = TimeSpan.FromSeconds(30);
    private int nextClient;

    /// <summary>Closed loop: each user posts, waits for the reply, and posts again. Returns the turns completed in time.</summary>
    public async Task<ClosedLoopResult> ClosedLoopAsync(int users, TimeSpan duration)
    {
        long turns = 0;
        long failed = 0;
        var until = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, users).Select(_ => Task.Run(async () =>
        {
            while (Stopwatch.GetTimestamp() < until)
            {
                var turn = await TurnAsync(Stopwatch.GetTimestamp());
                if (turn.ReplyMs is null)
                {
                    Interlocked.Increment(ref failed);
                }
                else if (Stopwatch.GetTimestamp() <= until)
                {
                    Interlocked.Increment(ref turns);
                }
            }
        })));
        return new ClosedLoopResult(turns / duration.TotalSeconds, failed, watch.Elapsed);
    }

    /// <summary>
    /// Open loop: messages at a fixed rate whatever the answers, each timed from when it was due (so a stalled
    /// endpoint cannot hide its queue: no coordinated omission).
    /// </summary>
    public async Task<OpenLoopResult> OpenLoopAsync(double perSecond, TimeSpan duration)
    {
        var count = (int)(perSecond * duration.TotalSeconds);
        var start = Stopwatch.GetTimestamp();
        var turns = new ConcurrentBag<Turn>();
        var inFlight = new List<Task>(count);
        for (var i = 0; i < count; i++)
        {
            var due = start + (long)(i * Stopwatch.Frequency / perSecond);
            var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), due);
            if (wait > TimeSpan.FromMilliseconds(1))
            {
                await Task.Delay(wait);
            }

            inFlight.Add(Task.Run(async () => turns.Add(await TurnAsync(due))));
        }

        var sent = Stopwatch.GetElapsedTime(start);
        await Task.WhenAll(inFlight);
        var replies = turns.Where(t => t.ReplyMs is not null).Select(t => t.ReplyMs!.Value).Order().ToArray();
        var responses = turns.Where(t => t.ResponseMs is not null).Select(t => t.ResponseMs!.Value).Order().ToArray();
        return new OpenLoopResult(count / sent.TotalSeconds, replies, responses, turns.Count(t => t.ReplyMs is null));
    }

    private async Task<Turn> TurnAsync(long due)
    {
        var id = Guid.NewGuid().ToString("N");
        var replied = stub.ReplyIn(TeamsMessage.ConversationOf(id));
        double? responseMs = null;
        try
        {
            using var content = new StringContent(TeamsMessage.Help(id, Interlocked.Increment(ref nextClient) % 1000, stub.ServiceUrl).ToJsonString(), Encoding.UTF8);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            using var response = await http.PostAsync(endpoint, content);
            if (response.IsSuccessStatusCode)
            {
                responseMs = Stopwatch.GetElapsedTime(due).TotalMilliseconds;
            }
        }
        catch (HttpRequestException)
        {
            return new Turn(null, null);
        }

        if (responseMs is null || await Task.WhenAny(replied, Task.Delay(TurnTimeout)) != replied)
        {
            return new Turn(responseMs, null);
        }

        return new Turn(responseMs, Stopwatch.GetElapsedTime(due, await replied).TotalMilliseconds);
    }

    private sealed record Turn(double? ResponseMs, double? ReplyMs);
}
