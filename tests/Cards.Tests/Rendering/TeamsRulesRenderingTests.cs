using System.Text.Json.Nodes;

namespace Wijkverbinder.Cards.Tests.Rendering;

/// <summary>The harness applies Teams' rules: its host config and the Universal Actions refresh.</summary>
[Collection(CardRendererCollection.Name)]
public sealed class TeamsRulesRenderingTests(CardRendererFixture fixture)
{
    [Fact]
    public async Task AllowsSixActionsAsTeamsDoes()
    {
        // The renderer's own host config allows five; Teams' allows six.
        var result = await fixture.Renderer.RenderAsync(CardWithActions(6).ToJson());

        Assert.Empty(result.Problems);
    }

    [Fact]
    public async Task ReportsASeventhAction()
    {
        var result = await fixture.Renderer.RenderAsync(CardWithActions(7).ToJson());

        Assert.Contains(result.Problems, p => p.Code == "TooManyActions");
    }

    [Fact]
    public async Task ReportsARefreshWhoseActionIsNotAnExecuteAction()
    {
        var result = await fixture.Renderer.RenderAsync(
            """{"type":"AdaptiveCard","version":"1.5","refresh":{"action":{"type":"Action.Submit","title":"Ververs"},"userIds":["8:orgid:1"]}}""");

        Assert.Contains(result.Problems, p => p.Code == "ActionTypeNotAllowed");
    }

    [Fact]
    public async Task ReportsARefreshActionWithoutItsType()
    {
        // What the model would write if the refresh action lost its "type" discriminator.
        var result = await fixture.Renderer.RenderAsync(
            """{"type":"AdaptiveCard","version":"1.5","refresh":{"action":{"title":"Ververs","verb":"refresh"}}}""");

        Assert.Contains(result.Problems, p => p.Code == "PropertyCantBeNull");
    }

    private static AdaptiveCard CardWithActions(int count) => new()
    {
        Body = [new TextBlock { Text = "Acties" }],
        Actions = [.. Enumerable.Range(1, count).Select(i => new ExecuteAction { Title = $"Actie {i}", Verb = "act", Data = new JsonObject { ["n"] = i } })],
    };
}
