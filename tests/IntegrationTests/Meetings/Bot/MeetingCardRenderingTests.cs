using System.Text.Json.Nodes;
using Wijkverbinder.Cards;
using Wijkverbinder.IntegrationTests.Bot;
using Xunit.Abstractions;

namespace Wijkverbinder.IntegrationTests.Meetings.Bot;

/// <summary>
/// Every meeting card (the plan form's steps, the agenda card per viewer and status, feedback and thanks) passes the
/// official Adaptive Cards renderer in headless Chromium, in Dutch and English.
/// </summary>
public sealed class MeetingCardRenderingTests(BotCardRenderingTests.Renderer renderer, ITestOutputHelper output) : IClassFixture<BotCardRenderingTests.Renderer>
{
    public static TheoryData<string, string> Cards()
    {
        var data = new TheoryData<string, string>();
        foreach (var language in new[] { "nl", "en" })
        {
            foreach (var name in MeetingCardsFactory.All(language).Keys)
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
        var card = MeetingCardsFactory.All(language)[name];
        var screenshot = Path.Combine(Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "TestResults", "cards")).FullName, $"meeting-{name}-{language}.png");

        var result = await renderer.Card.RenderAsync(card.ToJson(), screenshot);

        output.WriteLine($"Screenshot: {screenshot}");
        Assert.Empty(result.Problems);
        Assert.False(string.IsNullOrWhiteSpace(card.FallbackText));
        Assert.True(card.ToJson().Length < 28 * 1024, "A card must stay well under Teams' 100 KB message limit.");
    }

    [Fact]
    public void TheChannelCardHasAnswerButtonsAndRefreshesForTheInviteesWhileTheOrganiserGetsAttendanceAndActionsAfterTheStart()
    {
        var cards = MeetingCardsFactory.All("nl");

        Assert.Equal(["Ik kom", "Misschien", "Ik kom niet", "Deelnemen aan de onlinevergadering"], Titles(cards["agenda-channel"]));
        var refresh = JsonNode.Parse(cards["agenda-channel"].ToJson())!["refresh"]!;
        Assert.Equal("meeting.refresh", refresh["action"]!["verb"]!.GetValue<string>());
        Assert.Equal(["29:a", "29:b"], refresh["userIds"]!.AsArray().Select(u => u!.GetValue<string>()));
        Assert.Contains("Uw antwoord: komt", cards["agenda-invitee"].ToJson(), StringComparison.Ordinal);
        Assert.Equal(["Ik kom", "Misschien", "Ik kom niet", "Aanwezigheid vastleggen", "Actie afspreken", "Deelnemen aan de onlinevergadering"], Titles(cards["agenda-organiser-started"]));
        Assert.Equal(["Aanwezigheid vastleggen", "Actie afspreken", "Actie afronden"], Titles(cards["agenda-organiser-held"]));
        Assert.Equal(["Deelnemen aan de onlinevergadering"], Titles(cards["agenda-stranger-refused"]));
        Assert.Null(cards["agenda-cancelled"].Actions);
        Assert.Contains("geen mailbox", BotConversation.TextOf(JsonNode.Parse(cards["agenda-channel"].ToJson())), StringComparison.Ordinal);
    }

    [Fact]
    public void TheThanksCardShowsNoScoreOrRemarkBelowThreeAnswers()
    {
        var cards = MeetingCardsFactory.All("nl");

        var few = cards["thanks-few"].ToJson();
        var many = cards["thanks-many"].ToJson();

        Assert.DoesNotContain("Goed gesprek", few, StringComparison.Ordinal);
        Assert.Contains("nog niet zichtbaar", few, StringComparison.Ordinal);
        Assert.Contains("Goed gesprek", many, StringComparison.Ordinal);
        Assert.Contains("4,0", many, StringComparison.Ordinal);
        Assert.Contains("Fijne samenwerking 3", cards["thanks-parties"].ToJson(), StringComparison.Ordinal);
    }

    private static List<string> Titles(AdaptiveCard card) => card.Actions?.Select(a => a.Title).ToList() ?? [];
}
