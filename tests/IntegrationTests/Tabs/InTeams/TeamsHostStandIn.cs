using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Playwright;

namespace Wijkverbinder.IntegrationTests.Tabs.InTeams;

/// <summary>
/// The Teams web client, as far as a tab can tell: <c>teams-host.js</c> served at Teams' own origin (the SDK accepts
/// messages only from its list of Teams hosts) by the browser's request routing, framing a tab page of the app and
/// answering the Teams JavaScript SDK over postMessage. The SDK's fetch of its valid-origins list from the Office
/// CDN fails here, as offline, so the SDK falls back to the list it ships (which names teams.microsoft.com).
/// Every request the browser makes is recorded, and so is every message the page sends its host.
/// </summary>
public sealed class TeamsHostStandIn : IAsyncDisposable
{
    public const string Origin = "https://teams.microsoft.com";
    public const string ValidOriginsCdn = "https://res.cdn.office.net/";

    private const string HostPath = "/_wijkverbinder-stand-in/";
    private static readonly string Files = Path.Combine(AppContext.BaseDirectory, "Tabs", "InTeams");
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    private readonly IBrowserContext context;
    private readonly ConcurrentQueue<string> requests = new();
    private readonly ConcurrentQueue<string> log = new();
    private readonly string origin;

    private TeamsHostStandIn(IBrowserContext context, IPage page, string origin)
    {
        this.context = context;
        this.origin = origin;
        Page = page;
        page.Request += (_, request) => requests.Enqueue(request.Url);
        page.RequestFailed += (_, request) => log.Enqueue($"request failed: {request.Url} {request.Failure}");
        page.Console += (_, message) => log.Enqueue($"console {message.Type}: {message.Text}");
        page.PageError += (_, error) => log.Enqueue("page error: " + error);
    }

    /// <summary>The browser's console, page errors and failed requests: what a failing test prints.</summary>
    public IReadOnlyList<string> Log => log.ToArray();

    public IPage Page { get; }

    /// <summary>The framed tab page.</summary>
    public IFrameLocator Tab => Page.FrameLocator("#tab");

    /// <summary>Every URL the browser requested so far, the host's, the tab's and the SDK's.</summary>
    public IReadOnlyList<string> Requests => requests.ToArray();

    /// <summary>A fresh browser context with the stand-in's routes; <see cref="OpenAsync"/> frames a tab in it.</summary>
    /// <param name="browserLocale">The browser's own language (its Accept-Language), which the tab must not follow inside Teams.</param>
    /// <param name="origin">Where the host is served: Teams' own origin, unless a test plays a site that is not Teams.</param>
    public static async Task<TeamsHostStandIn> StartAsync(IBrowser browser, string browserLocale = "en-US", string origin = Origin)
    {
        // Chromium's Local Network Access checks stop a public site (Teams) from framing a loopback one (the app here);
        // the grant is what a user's "allow" would give. In production both are public sites.
        var context = await browser.NewContextAsync(new() { Permissions = ["local-network-access"], Locale = browserLocale });
        await context.RouteAsync(origin + "/**", ServeHostAsync);
        await context.RouteAsync(ValidOriginsCdn + "**", route => route.AbortAsync("internetdisconnected"));
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(20_000);
        return new TeamsHostStandIn(context, page, origin);
    }

    /// <summary>Opens the host and frames the tab at <see cref="TeamsContext.Url"/> (Teams' placeholders filled in).</summary>
    public async Task<string> OpenAsync(TeamsContext teamsContext)
    {
        await Page.GotoAsync(origin + HostPath + "teams-host.html");
        return await Page.EvaluateAsync<string>("json => teamsHost.open(JSON.parse(json))", JsonSerializer.Serialize(teamsContext, Json));
    }

    /// <summary>Opens a page of the app on its own, not framed: a plain browser tab.</summary>
    public async Task GoToAsync(string url) => await Page.GotoAsync(url);

    /// <summary>Every message the page has sent its host so far, in order.</summary>
    public async Task<IReadOnlyList<HostMessage>> ReceivedAsync()
    {
        var received = await Page.EvaluateAsync<JsonElement>("() => teamsHost.received");
        return received.EnumerateArray()
            .Select(m => new HostMessage(m.GetProperty("func").GetString()!, m.GetProperty("args").Clone(), m.GetProperty("apiVersionTag").GetString()))
            .ToList();
    }

    /// <summary>
    /// Waits until the page has sent <paramref name="func"/> (with <paramref name="firstArg"/> as its first argument,
    /// when given) at least <paramref name="count"/> times, then returns the last such message.
    /// </summary>
    public async Task<HostMessage> WaitForAsync(string func, string? firstArg = null, int count = 1)
    {
        await Page.WaitForFunctionAsync(
            "([func, firstArg, count]) => teamsHost.received.filter(m => m.func === func && (firstArg === null || m.args[0] === firstArg)).length >= count",
            new object?[] { func, firstArg, count });
        return (await ReceivedAsync()).Last(m => m.Func == func && (firstArg is null || m.Args[0].ToString() == firstArg));
    }

    /// <summary>The user switches Teams' theme: the host sends the page a themeChange event.</summary>
    public Task ChangeThemeAsync(string theme) => Page.EvaluateAsync("theme => teamsHost.changeTheme(theme)", theme);

    /// <summary>The user presses Save in the tab's configuration dialog: the host sends settings.save.</summary>
    public Task SaveAsync() => Page.EvaluateAsync("() => teamsHost.save()");

    public async ValueTask DisposeAsync() => await context.DisposeAsync();

    private static async Task ServeHostAsync(IRoute route)
    {
        var path = new Uri(route.Request.Url).AbsolutePath;
        var name = path.StartsWith(HostPath, StringComparison.Ordinal) ? path[HostPath.Length..] : "";
        if (name is not ("teams-host.html" or "teams-host.js"))
        {
            await route.FulfillAsync(new() { Status = 404 });
            return;
        }

        await route.FulfillAsync(new()
        {
            Status = 200,
            ContentType = name.EndsWith(".js", StringComparison.Ordinal) ? "text/javascript" : "text/html",
            Body = await File.ReadAllTextAsync(Path.Combine(Files, name)),
        });
    }
}
