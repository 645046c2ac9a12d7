using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Wijkverbinder.DevTools;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Dashboard;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.Storage;

namespace Wijkverbinder.Benchmarks;

/// <summary>
/// Time to a rendered network status page in headless Chromium (Debian's), for a district of the given size: from
/// navigation until the figures are on the page and cytoscape.js has drawn every member, with the storage requests
/// the app made for it and the bytes that reached the browser (HTTP responses and the circuit's WebSocket frames).
/// The app runs in Development on Kestrel against a private Azurite; the snapshot is built and saved before.
/// Besides that wall time (which includes Playwright's polling), the page's own clock gives the stages from the start
/// of navigation: the signed-in header (circuit and sign-in), the figures, and the drawn map, marked by an observer
/// the benchmark adds to the page (<see cref="StageMarks"/>), not by the app.
/// </summary>
internal static class TabRenderBenchmark
{
    private const int Runs = 7;

    /// <summary>Records performance.now() when each stage first shows in the DOM (an init script of the benchmark).</summary>
    private const string StageMarks = """
        window.__stages = {};
        new MutationObserver(() => {
            const mark = (name, selector) => { if (window.__stages[name] === undefined && document.querySelector(selector)) { window.__stages[name] = performance.now(); } };
            mark('signedIn', '.signed-in');
            mark('figures', '[data-figure=members]');
            mark('map', '.network-map[data-members]');
        }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-members'] });
        """;
    private const string Municipality = "GM8100";
    private static readonly CancellationToken None = CancellationToken.None;

    public static async Task<int> RunAsync(string[] args)
    {
        var sizes = (args.Length > 0 ? args : ["100:500", "1000:5000"]).Select(Parse).ToList();
        Console.WriteLine($"Starting a private Azurite, the TeamsApp on Kestrel and Chromium; {Runs} loads per size, the first (cold) reported apart ...");
        await using var azurite = await LocalAzurite.StartAsync();
        using var host = new TabHost(azurite.ConnectionString);
        host.UseKestrel(0);
        host.StartServer();
        var baseAddress = host.ClientOptions.BaseAddress;
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = "/usr/bin/chromium",
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        var counter = host.Services.GetRequiredService<StorageRequestCounter>();

        Console.WriteLine($"{Environment.ProcessorCount} cores; load average (1, 5, 15 min): {LoadAverage()}");
        Console.WriteLine();
        Console.WriteLine("| members | ties | cold load ms | median ms (warm) | p90 ms | in the page: signed in / figures / map drawn, ms (warm median) | storage requests (warm, median) | KB to the browser (median) |");
        Console.WriteLine("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        for (var i = 0; i < sizes.Count; i++)
        {
            var (members, ties) = sizes[i];
            var district = $"WK8100{i + 1:D2}";
            var manager = await SeedAsync(host.Services, district, members, ties);
            using var http = new HttpClient { BaseAddress = baseAddress };
            var token = (await (await http.PostAsJsonAsync("/dev/sign-in/token", new { colleague = manager.Value })).Content.ReadFromJsonAsync<TokenResponse>())!.Token;

            // One browser context per size, as one user's Teams client: the first load fills its HTTP cache, the others reuse it.
            var context = await browser.NewContextAsync();
            await context.AddInitScriptAsync($"sessionStorage.setItem('wijkverbinder.devToken', '{token}');");
            await context.AddInitScriptAsync(StageMarks);
            var times = new List<double>();
            var stages = new List<Stages>();
            var requests = new List<long>();
            var bytes = new List<long>();
            for (var run = 0; run < Runs; run++)
            {
                var (ms, storage, received, stage) = await LoadOnceAsync(context, new Uri(baseAddress, $"tabs/status?scope={district}"), counter, members);
                times.Add(ms);
                stages.Add(stage);
                requests.Add(storage);
                bytes.Add(received);
            }

            await context.CloseAsync();
            var warm = times.Skip(1).Order().ToArray();
            double Median(Func<Stages, double> stage) => stages.Skip(1).Select(stage).Order().ElementAt(warm.Length / 2);
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"| {members:N0} | {ties:N0} | {times[0]:F0} | {warm[warm.Length / 2]:F0} | {warm[(int)Math.Ceiling(warm.Length * 0.9) - 1]:F0} | {Median(s => s.SignedIn):F0} / {Median(s => s.Figures):F0} / {Median(s => s.Map):F0} | {requests.Skip(1).Order().ElementAt(warm.Length / 2)} | {bytes.Skip(1).Order().ElementAt(warm.Length / 2) / 1024.0:F0} |"));
        }

        return 0;
    }

    private static async Task<(double Ms, long StorageRequests, long Bytes, Stages Stages)> LoadOnceAsync(IBrowserContext context, Uri url, StorageRequestCounter counter, int members)
    {
        var page = await context.NewPageAsync();
        long received = 0;
        page.Response += async (_, response) =>
        {
            try
            {
                received += (await response.Request.SizesAsync()).ResponseBodySize;
            }
            catch (PlaywrightException)
            {
                // A response of a page that closed meanwhile.
            }
        };
        page.WebSocket += (_, socket) => socket.FrameReceived += (_, frame) => received += frame.Binary?.Length ?? System.Text.Encoding.UTF8.GetByteCount(frame.Text ?? string.Empty);

        var before = counter.Requests;
        var watch = Stopwatch.StartNew();
        await page.GotoAsync(url.ToString());
        await page.Locator("[data-figure=members]").WaitForAsync(new() { Timeout = 60_000 });
        await page.WaitForFunctionAsync(
            "n => { const map = document.querySelector('.network-map'); return map && Number(map.dataset.members) >= n; }",
            members,
            new() { Timeout = 60_000, PollingInterval = 10 });
        watch.Stop();
        var storage = counter.Requests - before;
        var marks = await page.EvaluateAsync<double[]>("() => [window.__stages.signedIn, window.__stages.figures, window.__stages.map]");
        var stages = new Stages(marks[0], marks[1], marks[2]);
        await page.CloseAsync();
        return (watch.Elapsed.TotalMilliseconds, storage, received, stages);
    }

    /// <summary>A district of the given size with its snapshot saved, and its wijkmanager in the directory.</summary>
    private static async Task<ColleagueId> SeedAsync(IServiceProvider services, string district, int members, int ties)
    {
        var areaId = new AreaId(Municipality, "A" + district[^2..]);
        var area = new Area(areaId, "Gebied " + district[^2..], [district]);
        var network = services.GetRequiredService<INetworkStore>();
        var existing = await network.GetMunicipalityAsync(Municipality, None);
        var municipality = new Municipality(
            Municipality,
            "Proefgemeente",
            [.. existing?.Areas ?? [], area],
            [.. existing?.Districts ?? [], new District(district, "Wijk " + district[^2..], areaId)],
            [.. SyntheticDistrictNetwork.ThemeIds.Select(t => new Theme(t, t))]);
        await network.SaveMunicipalityAsync(municipality, None);

        var view = SyntheticDistrictNetwork.Create(area, members, ties);
        var scope = DashboardScope.ForDistrict(district);
        var snapshot = new DashboardBuilder(TimeProvider.System).Build(scope, "Wijk " + district[^2..], municipality, view, [district], [], new Dictionary<ColleagueId, string>());
        await services.GetRequiredService<IDashboardStore>().SaveAsync(scope, snapshot, None);

        var manager = ColleagueId.ForPerson(Guid.NewGuid());
        await services.GetRequiredService<IColleagueDirectory>().SaveAsync(Municipality, new Colleague
        {
            Id = manager,
            Kind = ColleagueKind.Person,
            Name = "Wijkmanager " + district,
            Mail = $"wijkmanager.{district.ToLowerInvariant()}@proef.example",
            Roles = [AppRole.DistrictManager],
            Districts = [district],
        }, None);
        return manager;
    }

    /// <summary>Milliseconds from the start of navigation, by the page's clock.</summary>
    private sealed record Stages(double SignedIn, double Figures, double Map);

    private static (int Members, int Ties) Parse(string size)
    {
        var parts = size.Split(':');
        var members = int.Parse(parts[0], CultureInfo.InvariantCulture);
        return (members, parts.Length > 1 ? int.Parse(parts[1], CultureInfo.InvariantCulture) : members * 5);
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(", ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private sealed record TokenResponse(string Token);

    /// <summary>The TeamsApp as a developer runs it (the developer sign-in exists), with no demo data and no jobs.</summary>
    private sealed class TabHost(string storage) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseContentRoot(Path.GetFullPath(Path.Combine(NodeTools.Directory, "..", "src", "TeamsApp")));
            builder.UseEnvironment("Development");
            builder.UseStaticWebAssets();
            builder.UseSetting("ConnectionStrings:storage", storage);
            builder.UseSetting("DemoData:Seed", "false");
            builder.UseSetting("Jobs:RunInProcess", "false");
            builder.UseSetting("Jobs:RelayOutbox", "false");
            builder.UseSetting("Wijkverbinder:MunicipalityCode", Municipality);
            builder.UseSetting("Logging:LogLevel:Default", "Warning");
        }
    }
}
