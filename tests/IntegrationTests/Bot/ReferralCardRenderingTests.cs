using System.Text.Json.Nodes;
using Wijkverbinder.Cards;
using Wijkverbinder.Domain.Referrals;
using Xunit.Abstractions;

namespace Wijkverbinder.IntegrationTests.Bot;

/// <summary>
/// Every referral card (each status, each viewer, each notification, the digest, the forms) passes the official
/// Adaptive Cards renderer in headless Chromium, in Dutch and English; user text is shown as text, never run.
/// </summary>
public sealed class ReferralCardRenderingTests(BotCardRenderingTests.Renderer renderer, ITestOutputHelper output) : IClassFixture<BotCardRenderingTests.Renderer>
{
    private const string Script = "<script>alert(1)</script>";
    private const string Image = "\"><img src=x onerror=alert(1)>";

    public static TheoryData<string, string> Cards()
    {
        var data = new TheoryData<string, string>();
        foreach (var language in new[] { "nl", "en" })
        {
            foreach (var name in ReferralCardsFactory.All(language).Keys)
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
        var card = ReferralCardsFactory.All(language)[name];
        var screenshot = Path.Combine(Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "TestResults", "cards")).FullName, $"referral-{name}-{language}.png");

        var result = await renderer.Card.RenderAsync(card.ToJson(), screenshot);

        output.WriteLine($"Screenshot: {screenshot}");
        Assert.Empty(result.Problems);
        Assert.False(string.IsNullOrWhiteSpace(card.FallbackText));
        Assert.True(card.ToJson().Length < 28 * 1024, "A card must stay well under Teams' 100 KB message limit.");
    }

    [Fact]
    public void TheReceiverGetsTheButtonsTheLifecycleAllowsAndTheReferrerNone()
    {
        var cards = ReferralCardsFactory.All("nl");

        Assert.Equal(["Accepteren", "Afwijzen", "Doorsturen", "Informatie vragen"], Titles(cards["referral-Sent-receiver"]));
        Assert.Equal(["Afwijzen", "Doorsturen", "Informatie vragen", "Afronden"], Titles(cards["referral-Accepted-receiver"]));
        Assert.Empty(Titles(cards["referral-Completed-receiver"]));
        Assert.Empty(Titles(cards["referral-Sent-referrer"]));
        Assert.Equal(["Vraag beantwoorden"], Titles(cards["referral-InformationRequested-referrer"]));
        Assert.IsType<OpenUrlAction>(cards["referral-Sent-referrer"].Actions![^1]);
        var refresh = JsonNode.Parse(cards["referral-Sent-receiver"].ToJson())!["refresh"]!;
        Assert.Equal("referral.refresh", refresh["action"]!["verb"]!.GetValue<string>());
        Assert.Equal(["29:a", "29:b"], refresh["userIds"]!.AsArray().Select(u => u!.GetValue<string>()));
    }

    [Fact]
    public async Task ScriptAndMarkupInUserTextAreShownAsPlainText()
    {
        var referral = ReferralCardsFactory.Referral(ReferralStatus.Declined, summary: Script, details: Image) with { DeclineReason = Image + Script };
        var card = ReferralCardsFactory.CreateCards().ForViewer(ReferralCardsFactory.View(referral), ReferralCardsFactory.Referrer, [], []);

        var result = await renderer.Card.RenderAsync(card.ToJson());

        Assert.Empty(result.Problems);
        Assert.DoesNotContain("<script", result.Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", result.Html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", result.Html, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", result.Html, StringComparison.Ordinal);
    }

    /// <summary>The titles of the buttons that act (every card also links to the referral in Wijkverbinder).</summary>
    private static List<string> Titles(AdaptiveCard card) => card.Actions?.Where(a => a is not OpenUrlAction).Select(a => a.Title).ToList() ?? [];
}
