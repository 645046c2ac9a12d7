using System.Net.Http.Json;
using System.Text.Json;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;

namespace Wijkverbinder.AppHost.Tests;

/// <summary>The README's run command: Azurite, the demo seed and the TeamsApp on http://localhost:3978.</summary>
public sealed class RunCommandTests
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(4);

    [Fact]
    public async Task ServesArnhemsDistrictsAndADistrictsNetworkFromAzurite()
    {
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.Wijkverbinder_AppHost>();
        await using var app = await builder.BuildAsync();
        await app.StartAsync().WaitAsync(StartTimeout);
        await app.ResourceNotifications.WaitForResourceHealthyAsync("azurite").WaitAsync(StartTimeout);
        await app.ResourceNotifications.WaitForResourceHealthyAsync("teamsapp").WaitAsync(StartTimeout);

        using var http = new HttpClient { BaseAddress = new Uri("http://localhost:3978") };
        var districts = await http.GetFromJsonAsync<JsonElement>("/api/municipalities/GM0202/districts");
        var network = await http.GetFromJsonAsync<JsonElement>("/api/districts/WK020207/network");

        Assert.Equal(24, districts.GetArrayLength());
        Assert.Contains(districts.EnumerateArray(), d => d.GetProperty("name").GetString() == "Klarendal");
        Assert.Equal("Klarendal", network.GetProperty("name").GetString());
        Assert.InRange(network.GetProperty("members").GetArrayLength(), 5, 500);
        Assert.NotEqual(0, network.GetProperty("ties").GetArrayLength());
    }
}
