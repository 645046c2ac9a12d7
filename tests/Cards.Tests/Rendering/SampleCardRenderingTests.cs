using Wijkverbinder.Cards.Tests.Samples;
using Xunit.Abstractions;

namespace Wijkverbinder.Cards.Tests.Rendering;

/// <summary>The sample cards, as the model writes them, pass the official renderer with the Teams host config.</summary>
[Collection(CardRendererCollection.Name)]
public sealed class SampleCardRenderingTests(CardRendererFixture fixture, ITestOutputHelper output)
{
    private static readonly byte[] PngSignature = [0x89, (byte)'P', (byte)'N', (byte)'G'];

    public static TheoryData<string> Samples { get; } = ["ReferralForm", "NetworkList", "ReferralStatus", "StyleGallery"];

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task RendersWithoutParseOrValidationErrors(string name)
    {
        var screenshot = CardRendererFixture.ScreenshotPath(name);
        File.Delete(screenshot);

        var result = await fixture.Renderer.RenderAsync(Create(name).ToJsonElement(), screenshot);

        output.WriteLine($"Screenshot: {screenshot}");
        Assert.Empty(result.Problems);
        Assert.Contains("ac-adaptiveCard", result.Html, StringComparison.Ordinal);
        Assert.True(new FileInfo(screenshot).Length > 1000, "The screenshot is missing or empty.");
        Assert.Equal(PngSignature, File.ReadAllBytes(screenshot)[..4]);
    }

    [Fact]
    public async Task FormShowsEveryLabelAndTheRequiredMarker()
    {
        var result = await fixture.Renderer.RenderAsync(ReferralFormCard.Create().ToJson());

        foreach (var label in new[] { "Onderwerp", "Toelichting", "Thema", "Urgentie", "Graag reactie voor" })
        {
            Assert.Contains(label, result.Html, StringComparison.Ordinal);
        }

        Assert.Contains("aria-required=\"true\"", result.Html, StringComparison.Ordinal);
        Assert.Contains("Verstuur", result.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResultListShowsEveryFact()
    {
        var result = await fixture.Renderer.RenderAsync(NetworkListCard.Create().ToJson());

        Assert.Empty(result.Problems);
        Assert.Equal(3, CountOf("ac-factset", result.Html));
        Assert.Contains("Taalcafé Presikhaaf", result.Html, StringComparison.Ordinal);
    }

    private static AdaptiveCard Create(string name) => name switch
    {
        "ReferralForm" => ReferralFormCard.Create(),
        "NetworkList" => NetworkListCard.Create(),
        "ReferralStatus" => ReferralStatusCard.Create(),
        "StyleGallery" => StyleGalleryCard.Create(),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "No such sample."),
    };

    private static int CountOf(string text, string html) => html.Split(text).Length - 1;
}
