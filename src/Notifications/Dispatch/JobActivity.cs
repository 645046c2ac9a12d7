using System.Diagnostics;

namespace Wijkverbinder.Notifications.Dispatch;

/// <summary>
/// The activity of one run of a timer job, named after its Function (<c>PostMonthlySuccesses</c>), on the same source
/// as <see cref="QueueActivity"/>: the Function and the TeamsApp's local timer show the same operation in the traces.
/// It starts under the current activity (the Functions invocation, or none for the local timer).
/// </summary>
public static class JobActivity
{
    /// <param name="name">The Function's name.</param>
    /// <param name="municipality">The municipality's code (ids only).</param>
    public static Activity? Start(string name, string municipality) =>
        QueueActivity.Source.StartActivity(name, ActivityKind.Internal, parentContext: default, new ActivityTagsCollection
        {
            ["wijkverbinder.municipality"] = municipality,
        });
}
