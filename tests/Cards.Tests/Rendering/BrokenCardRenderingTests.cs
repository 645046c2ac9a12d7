namespace Wijkverbinder.Cards.Tests.Rendering;

/// <summary>The harness can fail: cards the official renderer objects to come back with its complaint.</summary>
[Collection(CardRendererCollection.Name)]
public sealed class BrokenCardRenderingTests(CardRendererFixture fixture)
{
    [Theory]
    [InlineData("""{"type":"TextBlocks","text":"Hallo"}""", "parse", "UnknownElementType")]
    [InlineData("""{"type":"TextBlock","text":"Hallo","size":"enormous"}""", "parse", "InvalidPropertyValue")]
    [InlineData("""{"type":"Input.Text","id":"name","isRequired":true,"errorMessage":"Vul in."}""", "validation", "RequiredInputsShouldHaveLabel")]
    [InlineData("""{"type":"Input.Text","id":"name","label":"Naam","isRequired":true}""", "validation", "RequiredInputsShouldHaveErrorMessage")]
    public async Task ReportsABrokenElement(string element, string phase, string code)
    {
        var result = await fixture.Renderer.RenderAsync($$"""{"type":"AdaptiveCard","version":"1.5","body":[{{element}}]}""");

        Assert.False(result.IsValid);
        Assert.Contains(result.Problems, p => p.Phase == phase && p.Code == code);
    }

    [Fact]
    public async Task ReportsAVersionTeamsDoesNotRender()
    {
        var result = await fixture.Renderer.RenderAsync("""{"type":"AdaptiveCard","version":"1.6","body":[{"type":"TextBlock","text":"Hallo"}]}""");

        Assert.Contains(result.Problems, p => p.Code == "UnsupportedCardVersion");
    }

    [Fact]
    public async Task ReportsAnUnknownActionType()
    {
        var result = await fixture.Renderer.RenderAsync("""{"type":"AdaptiveCard","version":"1.5","actions":[{"type":"Action.Teleport","title":"Ga"}]}""");

        Assert.Contains(result.Problems, p => p.Code == "UnknownActionType");
    }

    [Fact]
    public async Task ReportsJsonThatIsNotJson()
    {
        var result = await fixture.Renderer.RenderAsync("""{"type":"AdaptiveCard",""");

        Assert.Equal("InvalidJson", Assert.Single(result.Problems).Code);
    }

    [Fact]
    public async Task KeepsWorkingAfterABrokenCard()
    {
        await fixture.Renderer.RenderAsync("""{"type":"AdaptiveCard","version":"1.5","body":[{"type":"Nonsense"}]}""");

        var result = await fixture.Renderer.RenderAsync("""{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"Weer goed"}]}""");

        Assert.Empty(result.Problems);
        Assert.Contains("Weer goed", result.Html, StringComparison.Ordinal);
    }
}
