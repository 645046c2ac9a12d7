using System.Collections.Concurrent;
using System.Text.Json;
using System.Threading.Channels;
using Wijkverbinder.Protocol.Hosting;
using Wijkverbinder.Protocol.Schema;

namespace Wijkverbinder.Protocol.Tests.Infrastructure;

/// <summary>
/// The app's side of the endpoint in tests: records every activity that reaches it, lets a test wait for the
/// background ones, hold them at a gate, or make the handler fail.
/// </summary>
public sealed class RecordingActivityHandler : IActivityHandler
{
    private readonly Channel<Activity> handled = Channel.CreateUnbounded<Activity>();

    public ConcurrentQueue<Activity> Invokes { get; } = new();

    public ConcurrentQueue<Activity> Activities { get; } = new();

    /// <summary>When set, background handling waits until the test completes it.</summary>
    public TaskCompletionSource? Gate { get; set; }

    /// <summary>When set, only activities with this text wait at <see cref="Gate"/>.</summary>
    public string? GateText { get; set; }

    /// <summary>Activities whose text is this make the handler throw.</summary>
    public string? FailOnText { get; set; }

    /// <summary>What invokes are answered with; null lets the endpoint answer 501.</summary>
    public AdaptiveCardInvokeResponse? InvokeResponse { get; set; } =
        AdaptiveCardInvokeResponse.Card(JsonSerializer.SerializeToElement(new Dictionary<string, object>
        {
            ["type"] = "AdaptiveCard",
            ["version"] = "1.5",
            ["body"] = new[] { new Dictionary<string, string> { ["type"] = "TextBlock", ["text"] = "Bedankt" } },
        }));

    public int Seen => Invokes.Count + Activities.Count;

    public Task<AdaptiveCardInvokeResponse?> OnInvokeAsync(Activity activity, CancellationToken cancellationToken)
    {
        Invokes.Enqueue(activity);
        return Task.FromResult(InvokeResponse);
    }

    public async Task OnActivityAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (Gate is { } gate && (GateText is null || GateText == activity.Text))
        {
            await gate.Task.WaitAsync(cancellationToken);
        }

        Activities.Enqueue(activity);
        await handled.Writer.WriteAsync(activity, cancellationToken);
        if (activity.Text is not null && activity.Text == FailOnText)
        {
            throw new InvalidOperationException("The test handler was told to fail.");
        }
    }

    /// <summary>The next activity the background handler finished with (or failed on).</summary>
    public async Task<Activity> NextHandledAsync() => await handled.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromMinutes(1));
}
