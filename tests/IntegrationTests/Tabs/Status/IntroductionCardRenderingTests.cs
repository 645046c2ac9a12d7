using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Time.Testing;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Dashboard;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.IntegrationTests.Bot;
using Wijkverbinder.IntegrationTests.Infrastructure;
using Wijkverbinder.TeamsApp.Resources;
using Wijkverbinder.TeamsApp.Tabs.Status;
using Xunit.Abstractions;

namespace Wijkverbinder.IntegrationTests.Tabs.Status;

/// <summary>The introduction card passes the official Adaptive Cards renderer in headless Chromium, in Dutch and English.</summary>
public sealed class IntroductionCardRenderingTests(BotCardRenderingTests.Renderer renderer, ITestOutputHelper output) : IClassFixture<BotCardRenderingTests.Renderer>
{
    [Theory]
    [InlineData("nl", "Kennismaking voorgesteld")]
    [InlineData("en", "Introduction suggested")]
    public async Task RendersWithoutParseOrValidationProblems(string language, string title)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = new CultureInfo(language);
        try
        {
            var card = IntroductionCard.Build(Suggestion(), Snapshot(), "Wendy de Wijkmanager", Texts());
            var screenshot = Path.Combine(Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "TestResults", "cards")).FullName, $"tab-introduction-{language}.png");

            var result = await renderer.Card.RenderAsync(card.ToJson(), screenshot);

            output.WriteLine($"Screenshot: {screenshot}");
            Assert.Empty(result.Problems);
            Assert.True(new FileInfo(screenshot).Length > 1000, "The screenshot is missing or empty.");
            Assert.Empty(card.Validate());
            Assert.Equal(title, card.FallbackText);
            Assert.Contains("Buurtcentrum De Kroon", card.ToJson(), StringComparison.Ordinal);
            Assert.Contains("Meedoen", card.ToJson(), StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = previous;
        }
    }

    private static IStringLocalizer<StatusTexts> Texts() =>
        new ServiceCollection().AddLogging().AddLocalization().BuildServiceProvider().GetRequiredService<IStringLocalizer<StatusTexts>>();

    private static SuggestedConnection Suggestion() =>
        new("GM0202.W1.01", "Buurtcentrum De Kroon", "GM0202.W1.02", "Moestuin Presikhaaf", ["meedoen"], ["Wijkteam Oost", "Basisschool De Vonk"], 3);

    private static DashboardSnapshot Snapshot()
    {
        var area = new AreaId("GM0202", "W1");
        var municipality = new Municipality("GM0202", "Arnhem", [new Area(area, "Oost", ["WK020201"])], [new District("WK020201", "Presikhaaf", area)], [new Theme("meedoen", "Meedoen")]);
        return new DashboardBuilder(new FakeTimeProvider(AzuriteFixture.Now)).Build(
            DashboardScope.ForDistrict("WK020201"), "Presikhaaf", municipality, new NetworkView([], []), ["WK020201"], [], new Dictionary<ColleagueId, string>());
    }
}
