using Wijkverbinder.DevTools.Cards;

namespace Wijkverbinder.Cards.Tests.Rendering;

/// <summary>One renderer (one Chromium) for every test of the collection; the browser start is the slow part.</summary>
public sealed class CardRendererFixture : IAsyncLifetime
{
    private CardRenderer? renderer;

    public CardRenderer Renderer => renderer ?? throw new InvalidOperationException("The renderer has not started.");

    /// <summary>Screenshots are kept as test artefacts beside the test assembly.</summary>
    public static string ScreenshotDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "TestResults", "cards");

    public static string ScreenshotPath(string name) => Path.Combine(Directory.CreateDirectory(ScreenshotDirectory).FullName, name + ".png");

    public async Task InitializeAsync() => renderer = await CardRenderer.StartAsync();

    public async Task DisposeAsync()
    {
        if (renderer is not null)
        {
            await renderer.DisposeAsync();
        }
    }
}
