using Wijkverbinder.DevTools.Cards;
using Xunit.Abstractions;

namespace Wijkverbinder.IntegrationTests.Bot;

/// <summary>
/// Every card the bot can send passes the official Adaptive Cards renderer (npm adaptivecards) in headless Chromium
/// with the Teams host config, in Dutch and in English. Screenshots are kept under TestResults/cards.
/// </summary>
public sealed class BotCardRenderingTests(BotCardRenderingTests.Renderer renderer, ITestOutputHelper output) : IClassFixture<BotCardRenderingTests.Renderer>
{
    public static TheoryData<string, string> Cards()
    {
        var data = new TheoryData<string, string>();
        foreach (var language in new[] { "nl", "en" })
        {
            foreach (var name in BotCardsFactory.All(language).Keys)
            {
                data.Add(language, name);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cards))]
    public async Task RendersWithoutParseOrValidationProblems(string language, string name)
    {
        var card = BotCardsFactory.All(language)[name];
        var screenshot = Path.Combine(Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "TestResults", "cards")).FullName, $"bot-{name}-{language}.png");

        var result = await renderer.Card.RenderAsync(card.ToJson(), screenshot);

        output.WriteLine($"Screenshot: {screenshot}");
        Assert.Empty(result.Problems);
        Assert.True(new FileInfo(screenshot).Length > 1000, "The screenshot is missing or empty.");
        Assert.False(string.IsNullOrWhiteSpace(card.FallbackText));
    }

    [Fact]
    public void TheCardsSpeakDutchByDefaultAndEnglishOnRequest()
    {
        Assert.Contains("Welkom", BotCardsFactory.All("nl")["welcome"].ToJson(), StringComparison.Ordinal);
        Assert.Contains("Welcome to Wijkverbinder", BotCardsFactory.All("en")["welcome"].ToJson(), StringComparison.Ordinal);
        Assert.Contains("burgerservicenummer", BotCardsFactory.All("nl")["register-refused"].ToJson(), StringComparison.Ordinal);
    }

    public sealed class Renderer : IAsyncLifetime
    {
        private CardRenderer? card;

        public CardRenderer Card => card ?? throw new InvalidOperationException("The renderer has not started.");

        public async Task InitializeAsync() => card = await CardRenderer.StartAsync();

        public async Task DisposeAsync()
        {
            if (card is not null)
            {
                await card.DisposeAsync();
            }
        }
    }
}
