using Wijkverbinder.DevTools.Playground;

namespace Wijkverbinder.Playground.Tests;

/// <summary>One stand-in bot and one headless Playground talking to it, shared by the tests of a class.</summary>
public sealed class PlaygroundFixture : IAsyncLifetime
{
    public StandInBot Bot { get; private set; } = null!;

    public LocalPlayground Playground { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Bot = await StandInBot.StartAsync();
        Playground = await LocalPlayground.StartAsync(Bot.Endpoint);
    }

    public async Task DisposeAsync()
    {
        if (Playground is not null)
        {
            await Playground.DisposeAsync();
        }

        if (Bot is not null)
        {
            await Bot.DisposeAsync();
        }
    }
}
