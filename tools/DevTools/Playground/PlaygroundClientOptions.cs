namespace Wijkverbinder.DevTools.Playground;

public sealed class PlaygroundClientOptions
{
    /// <summary>How long the wait helpers wait for the bot before they give up.</summary>
    public TimeSpan WaitTimeout { get; set; } = TimeSpan.FromSeconds(10);
}
