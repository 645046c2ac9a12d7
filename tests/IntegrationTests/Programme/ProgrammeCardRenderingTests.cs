using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Wijkverbinder.Cards;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.Domain.Programme;
using Wijkverbinder.Domain.Successes;
using Wijkverbinder.IntegrationTests.Bot;
using Wijkverbinder.Notifications.Programme;
using Xunit.Abstractions;

namespace Wijkverbinder.IntegrationTests.Programme;

/// <summary>The programme card and the monthly successes card pass the official Adaptive Cards renderer, in Dutch and English.</summary>
public sealed class ProgrammeCardRenderingTests(BotCardRenderingTests.Renderer renderer, ITestOutputHelper output) : IClassFixture<BotCardRenderingTests.Renderer>
{
    private static readonly AreaId AreaId = new("GM0202", "W2");
    private static readonly Area Noordwest = new(AreaId, "Noordwest", ["WK020207"]);

    public static TheoryData<string, string> Cards()
    {
        var data = new TheoryData<string, string>();
        foreach (var language in new[] { "nl", "en" })
        {
            foreach (var name in All(language).Keys)
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
        var card = All(language)[name];
        var screenshot = Path.Combine(Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "TestResults", "cards")).FullName, $"programme-{name}-{language}.png");

        var result = await renderer.Card.RenderAsync(card.ToJson(), screenshot);

        output.WriteLine($"Screenshot: {screenshot}");
        Assert.Empty(result.Problems);
        Assert.False(string.IsNullOrWhiteSpace(card.FallbackText));
        Assert.True(card.ToJson().Length < 28 * 1024, "A card must stay well under Teams' 100 KB message limit.");
    }

    [Fact]
    public void TheProgrammeCardNamesGoalsAndInitiativesButNoContactDetails()
    {
        var json = All("nl")["programme"].ToJson();

        Assert.Contains("Iedereen doet mee", json, StringComparison.Ordinal);
        Assert.Contains("Initiatieven (12)", json, StringComparison.Ordinal);
        Assert.Contains("en 2 meer", json, StringComparison.Ordinal);
        Assert.DoesNotContain("ida@example.org", json, StringComparison.Ordinal);
        Assert.Contains("Successen van oktober 2026 in Noordwest", All("nl")["successes"].ToJson(), StringComparison.Ordinal);
    }

    private static Dictionary<string, AdaptiveCard> All(string language)
    {
        var previous = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(language);
        try
        {
            var cards = new ServiceCollection().AddLogging().AddLocalization().AddSingleton<ProgrammeCards>().BuildServiceProvider().GetRequiredService<ProgrammeCards>();
            var contact = new ContactPerson("Ida de Vries", "ida@example.org", "06 1234 5678");
            var initiatives = Enumerable.Range(1, 12)
                .Select(i => new ProgrammeInitiative(new MemberId(AreaId, $"i{i}"), $"Initiatief {i}", "Samen tuinieren.", ["WK020207"], i == 1 ? contact : null))
                .ToList();
            var programme = new AreaProgramme(Noordwest,
            [
                new ProgrammeTheme(new Theme("meedoen", "Meedoen"), ["Iedereen doet mee", "Elke maand een buurtmaaltijd"], initiatives),
                new ProgrammeTheme(new Theme("armoede", "Armoede"), [], []),
            ]);
            var at = new DateTimeOffset(2026, 10, 20, 12, 0, 0, TimeSpan.Zero);
            Success[] successes =
            [
                new("s1", new MemberId(AreaId, "i1"), "Moestuin", "De eerste oogst ging naar 40 buren.", new Uri("https://video.example.org/oogst"), new ColleagueId("c"), at),
                new("s2", new MemberId(AreaId, "i2"), "Buurtmaaltijd", "De honderdste maaltijd.", null, new ColleagueId("c"), at.AddDays(-3)),
            ];
            return new()
            {
                ["programme"] = cards.Programme(programme, at),
                ["programme-empty"] = cards.Programme(new AreaProgramme(Noordwest, []), at),
                ["successes"] = cards.Successes(Noordwest, new DateOnly(2026, 10, 1), successes),
            };
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = previous;
        }
    }
}
