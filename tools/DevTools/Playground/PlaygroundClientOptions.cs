namespace Wijkverbinder.DevTools.Playground;

public sealed class PlaygroundClientOptions
{
    /// <summary>
    /// How long the wait helpers wait for the bot before they give up. A wait ends as soon as what it waits for is
    /// there; the limit only ends a wait that would never end, so it leaves room for a busy machine (CI shares two cores).
    /// </summary>
    public TimeSpan WaitTimeout { get; set; } = TimeSpan.FromSeconds(60);
}
