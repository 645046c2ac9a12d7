using System.Net.Http.Json;
using System.Text.Json;
using Aspire.Hosting;

namespace Wijkverbinder.AppHost.Tests;

/// <summary>The README's run command: Azurite, the demo seed, the TeamsApp on http://localhost:3978, the Playground.</summary>
public sealed class RunCommandTests(RunningApp running) : IClassFixture<RunningApp>
{
    [Fact]
    public async Task ServesArnhemsDistrictsAndADistrictsNetworkFromAzurite()
    {
        await running.App.ResourceNotifications.WaitForResourceHealthyAsync("azurite").WaitAsync(RunningApp.StartTimeout);
        await running.App.ResourceNotifications.WaitForResourceHealthyAsync("teamsapp").WaitAsync(RunningApp.StartTimeout);

        using var http = new HttpClient { BaseAddress = new Uri("http://localhost:3978") };
        var districts = await http.GetFromJsonAsync<JsonElement>("/api/municipalities/GM0202/districts");
        var network = await http.GetFromJsonAsync<JsonElement>("/api/districts/WK020207/network");

        Assert.Equal(24, districts.GetArrayLength());
        Assert.Contains(districts.EnumerateArray(), d => d.GetProperty("name").GetString() == "Klarendal");
        Assert.Equal("Klarendal", network.GetProperty("name").GetString());
        Assert.InRange(network.GetProperty("members").GetArrayLength(), 5, 500);
        Assert.NotEqual(0, network.GetProperty("ties").GetArrayLength());
    }

    [Fact]
    public async Task StartsAgentsPlaygroundAgainstTheBot()
    {
        await running.App.ResourceNotifications.WaitForResourceHealthyAsync("playground").WaitAsync(RunningApp.StartTimeout);

        using var http = new HttpClient { BaseAddress = new Uri("http://localhost:56150") };
        using var page = await http.GetAsync("/");

        Assert.True(page.IsSuccessStatusCode);
        Assert.Contains("<html", await page.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }
}
