using System.Globalization;
using Bunit;
using Microsoft.AspNetCore.Components.Web;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.TeamsApp.Tabs.Status;

namespace Wijkverbinder.Tabs.Tests.Status;

public sealed class NetworkMapViewTests : TabTestContext
{
    private readonly BunitJSModuleInterop map;

    public NetworkMapViewTests()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("nl");
        map = JSInterop.SetupModule("./js/network-map.js");
        map.Mode = JSRuntimeMode.Loose;
    }

    [Fact]
    public void DrawsTheSnapshotsMapWithAnAccessibleNameThatPointsToTheLists()
    {
        var view = Render();

        var render = Assert.Single(map.Invocations, i => i.Identifier == "render");
        var nodes = ((System.Text.Json.JsonElement)render.Arguments[1]!).GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(4, nodes.Count);

        // The map colours by kind name, and draws the members where the snapshot placed them.
        Assert.All(nodes, n => Assert.Contains(n.GetProperty("kind").GetString(), new[] { "Initiative", "Partner", "Person" }));
        Assert.All(nodes, n => Assert.Equal(System.Text.Json.JsonValueKind.Number, n.GetProperty("x").ValueKind));
        var canvas = view.Find(".network-map");
        Assert.Equal("img", canvas.GetAttribute("role"));
        Assert.Contains("4 leden en 2 verbindingen", canvas.GetAttribute("aria-label"), StringComparison.Ordinal);
    }

    [Fact]
    public void EnterInTheSearchBoxShowsTheFirstMatchingMembersDetailsAndSelectsItOnTheMap()
    {
        var view = Render();
        var search = view.Find("#map-search");

        search.Input("scho");
        search.KeyDown(new KeyboardEventArgs { Key = "Enter" });

        Assert.Equal("School", view.Find("#member-name").TextContent);
        Assert.Contains("Meedoen, Armoede", view.Find(".member-details").TextContent, StringComparison.Ordinal);
        Assert.Contains(map.Invocations, i => i.Identifier == "select");
    }

    [Fact]
    public void ASearchWithoutAMatchSaysSo()
    {
        var view = Render();
        var search = view.Find("#map-search");

        search.Input("Zwembad");
        search.KeyDown(new KeyboardEventArgs { Key = "Enter" });

        Assert.Contains("Zwembad", view.Find("[data-not-found]").TextContent, StringComparison.Ordinal);
        Assert.Empty(view.FindAll(".member-details"));
    }

    [Fact]
    public async Task AClickOnTheMapShowsThatMember()
    {
        var snapshot = StatusSamples.District();
        var view = Render(snapshot);
        var alone = snapshot.Map.Nodes.Single(n => n.Name == "Alleen");

        await view.InvokeAsync(() => view.Instance.ShowMember(alone.Id));

        Assert.Equal("Alleen", view.Find("#member-name").TextContent);
    }

    [Fact]
    public void TheThemeFilterTellsTheMapWhichTheme()
    {
        var view = Render();

        view.Change("#map-theme", "armoede");

        var filter = Assert.Single(map.Invocations, i => i.Identifier == "filterTheme");
        Assert.Equal("armoede", filter.Arguments[1]);
    }

    private IRenderedComponent<NetworkMapView> Render(Domain.Dashboard.DashboardSnapshot? snapshot = null) =>
        RenderFor<NetworkMapView>(User("Wendy", [AppRole.DistrictManager], "WK020201"), p => p.Add(v => v.Snapshot, snapshot ?? StatusSamples.District()));
}
