using System.Collections.Concurrent;
using System.Diagnostics;
using Wijkverbinder.Notifications.Dispatch;

namespace Wijkverbinder.IntegrationTests.Dispatch;

/// <summary>
/// Records the stopped activities of the app's source, of the tests' stand-in request source and of ASP.NET Core's
/// requests. The listener is process-wide, so a test picks its own by the municipality its item ids start with.
/// </summary>
public sealed class ActivityRecorder : IDisposable
{
    /// <summary>The tests' stand-in for the request (or the Functions invocation) around a change.</summary>
    public static readonly ActivitySource Request = new("Wijkverbinder.Tests.Request");

    /// <summary>
    /// Starts the stand-in request: from <see cref="Request"/> when a listener samples it, else as a plain activity
    /// (a source gives none while no listener wants it, which a parallel test's listener set can make happen).
    /// </summary>
    public static Activity StartRequest(string name) =>
        Request.StartActivity(name, ActivityKind.Server) ?? new Activity(name).SetIdFormat(ActivityIdFormat.W3C).Start();

    private readonly ConcurrentQueue<Activity> stopped = new();
    private readonly ActivityListener listener;

    public ActivityRecorder()
    {
        listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name is QueueActivity.SourceName or "Microsoft.AspNetCore" || source == Request,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = stopped.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);
    }

    /// <summary>The stopped activities of one operation whose item id starts with the municipality's code.</summary>
    public List<Activity> Stopped(string operation, string municipality) =>
        [.. stopped.Where(a => a.OperationName == operation && (a.GetTagItem("wijkverbinder.item") as string ?? string.Empty).StartsWith(municipality + ".", StringComparison.OrdinalIgnoreCase))];

    /// <summary>The stopped activities of one operation tagged with the municipality (the timer jobs).</summary>
    public List<Activity> StoppedRuns(string operation, string municipality) =>
        [.. stopped.Where(a => a.OperationName == operation && a.GetTagItem("wijkverbinder.municipality") as string == municipality)];

    public void Dispose() => listener.Dispose();
}
