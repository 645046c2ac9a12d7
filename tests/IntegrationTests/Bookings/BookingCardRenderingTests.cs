using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Wijkverbinder.Cards;
using Wijkverbinder.Domain.Bookings;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.IntegrationTests.Bot;
using Wijkverbinder.Notifications.Bookings;
using Xunit.Abstractions;

namespace Wijkverbinder.IntegrationTests.Bookings;

/// <summary>Every booking card (approval open, refused, decided; the decisions to the requester) passes the official renderer in Dutch and English.</summary>
public sealed class BookingCardRenderingTests(BotCardRenderingTests.Renderer renderer, ITestOutputHelper output) : IClassFixture<BotCardRenderingTests.Renderer>
{
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
        var screenshot = Path.Combine(Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "TestResults", "cards")).FullName, $"booking-{name}-{language}.png");

        var result = await renderer.Card.RenderAsync(card.ToJson(), screenshot);

        output.WriteLine($"Screenshot: {screenshot}");
        Assert.Empty(result.Problems);
        Assert.False(string.IsNullOrWhiteSpace(card.FallbackText));
    }

    [Fact]
    public void TheApprovalCardAsksForAReasonOnlyWhileItIsOpenAndSpeaksEnglishOnRequest()
    {
        var nl = All("nl");
        var en = All("en");

        Assert.Equal(["Goedkeuren", "Afwijzen"], nl["approval-open"].Actions!.Select(a => a.Title));
        Assert.Contains("bookingReason", nl["approval-open"].ToJson(), StringComparison.Ordinal);
        Assert.Null(nl["approval-declined"].Actions);
        Assert.Contains("zaterdag 5 december 2026 – maandag 7 december 2026", BotConversation.TextOf(System.Text.Json.Nodes.JsonNode.Parse(nl["approval-open"].ToJson())), StringComparison.Ordinal);
        Assert.Contains("Saturday 5 December 2026", BotConversation.TextOf(System.Text.Json.Nodes.JsonNode.Parse(en["approval-open"].ToJson())), StringComparison.Ordinal);
        Assert.Contains("Your booking of Pipowagen is declined", en["decision-declined"].FallbackText, StringComparison.Ordinal);
    }

    private static Dictionary<string, AdaptiveCard> All(string language)
    {
        var previous = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(language);
        try
        {
            var cards = new ServiceCollection().AddLogging().AddLocalization().AddSingleton<BookingCards>().BuildServiceProvider().GetRequiredService<BookingCards>();
            var area = new AreaId("GM0202", "W2");
            var resource = new SharedResource { Id = new("GM0202", "pipowagen"), Name = "Pipowagen", Approver = new ColleagueId("11111111-1111-1111-1111-111111111111") };
            var booking = new Booking
            {
                Id = new BookingId("GM0202", new string('c', 32)),
                Resource = resource.Id,
                From = new DateOnly(2026, 12, 5),
                To = new DateOnly(2026, 12, 7),
                Purpose = "Burendag met koffie en [een link](https://example.org)",
                District = "WK020207",
                Initiative = new MemberId(area, new string('a', 32)),
                RequestedBy = new ColleagueId("22222222-2222-2222-2222-222222222222"),
                Status = BookingStatus.Requested,
                CreatedAt = DateTimeOffset.UnixEpoch,
                UpdatedAt = DateTimeOffset.UnixEpoch,
                Sequence = 1,
            };
            BookingView View(BookingStatus status, string? reason = null) =>
                new(booking with { Status = status, Reason = reason }, resource, "Sanne de Vries", "Moestuin Klarendal", "Klarendal");
            return new Dictionary<string, AdaptiveCard>
            {
                ["approval-open"] = cards.Approval(View(BookingStatus.Requested)),
                ["approval-refused"] = cards.Approval(View(BookingStatus.Requested), "Alleen de wijkmanager die over dit middel gaat kan beslissen."),
                ["approval-declined"] = cards.Approval(View(BookingStatus.Declined, "Wagen in onderhoud")),
                ["decision-approved"] = cards.Decision(View(BookingStatus.Approved)),
                ["decision-declined"] = cards.Decision(View(BookingStatus.Declined, "Wagen in onderhoud")),
                ["decision-cancelled"] = cards.Decision(View(BookingStatus.Cancelled)),
                ["unknown"] = cards.Unknown(),
            };
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = previous;
        }
    }
}
