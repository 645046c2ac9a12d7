using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Wijkverbinder.IntegrationTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Wijkverbinder.IntegrationTests.Tabs.Browser;

/// <summary>
/// The network status of a demo district in the browser, as its wijkmanager: the map renders and its theme filter
/// hides the members without that theme; a list's CSV export holds exactly the rows the list shows; a wijkmanager of
/// another area is refused the district.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class StatusBrowserTests(DevelopmentTabApp app) : IClassFixture<DevelopmentTabApp>
{
    private static string StatusPath => "/tabs/status?scope=" + TabPage.FirstDistrict;

    [Fact]
    public async Task TheMapRendersAllMembersAndTheThemeFilterShowsOnlyThoseWorkingOnIt()
    {
        var page = await app.SignInAsync(app.ManagerOf(0), StatusPath);
        var map = page.Locator(".network-map");
        await Expect(map).ToHaveAttributeAsync("data-shown", new System.Text.RegularExpressions.Regex("^[1-9][0-9]*$"), new() { Timeout = 30_000 });
        var members = int.Parse((await map.GetAttributeAsync("data-members"))!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(members, int.Parse((await map.GetAttributeAsync("data-shown"))!, System.Globalization.CultureInfo.InvariantCulture));
        await Expect(page.Locator(".network-map canvas").First).ToBeAttachedAsync();

        var themes = await page.Locator("#map-theme option").EvaluateAllAsync<string[]>("options => options.map(o => o.value).filter(v => v)");
        var shownPerTheme = new List<int>();
        foreach (var theme in themes)
        {
            await page.Locator("#map-theme").SelectOptionAsync(theme);
            await Expect(map).Not.ToHaveAttributeAsync("data-shown", members.ToString(System.Globalization.CultureInfo.InvariantCulture));
            shownPerTheme.Add(int.Parse((await map.GetAttributeAsync("data-shown"))!, System.Globalization.CultureInfo.InvariantCulture));
        }

        await page.Locator("#map-theme").SelectOptionAsync(string.Empty);
        await Expect(map).ToHaveAttributeAsync("data-shown", members.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.NotEmpty(themes);
        Assert.All(shownPerTheme, shown => Assert.InRange(shown, 0, members - 1));
        await page.CloseAsync();
    }

    [Fact]
    public async Task ACsvExportHoldsExactlyTheRowsTheListShows()
    {
        var page = await app.SignInAsync(app.ManagerOf(0), StatusPath);
        var button = page.Locator("[data-export]").First;
        await Expect(button).ToBeVisibleAsync(new() { Timeout = 30_000 });
        var key = await button.GetAttributeAsync("data-export");
        var shown = await page.Locator($"section[aria-labelledby='list-{key}']").EvaluateAsync<string[][]>(
            "section => [...section.querySelectorAll('tr, [role=row]')].map(r => [...r.querySelectorAll('td, th, [role=gridcell], [role=columnheader]')].map(c => c.textContent.trim())).filter(r => r.length)");

        var download = await page.RunAndWaitForDownloadAsync(() => button.ClickAsync());
        var bytes = await File.ReadAllBytesAsync((await download.PathAsync())!);

        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var exported = lines.Select(line => Cells(line).ToArray()).ToArray();
        Assert.True(shown.Length >= 2, "the list shows a header and at least one row");
        Assert.Equal(shown.Length, exported.Length);
        for (var row = 0; row < shown.Length; row++)
        {
            Assert.Equal(shown[row], exported[row].Select(cell => cell.StartsWith('\'') ? cell[1..] : cell));
        }

        await page.CloseAsync();
    }

    [Fact]
    public async Task AWijkmanagerOfAnotherAreaIsRefusedTheDistrict()
    {
        var page = await app.SignInAsync(app.ManagerOf(1), StatusPath);

        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("u werkt daar niet");
        await Expect(page.Locator(".network-map")).ToHaveCountAsync(0);
        await Expect(page.Locator("[data-export]")).ToHaveCountAsync(0);
        await page.CloseAsync();
    }

    /// <summary>The cells of one line of the export: ';'-separated, each quoted with doubled quotes inside.</summary>
    private static IEnumerable<string> Cells(string line)
    {
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"')
            {
                cell.Append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ';' && !quoted)
            {
                yield return cell.ToString();
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }

        yield return cell.ToString();
    }
}
