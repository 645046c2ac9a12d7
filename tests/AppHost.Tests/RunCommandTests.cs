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

    [Fact]
    public async Task AReferralFromThePlaygroundUserGoesOutAsMailOnTheLocalOutboxPage()
    {
        await running.App.ResourceNotifications.WaitForResourceHealthyAsync("teamsapp").WaitAsync(RunningApp.StartTimeout);
        using var http = new HttpClient { BaseAddress = new Uri("http://localhost:3978") };
        var summary = "Proef " + Guid.NewGuid().ToString("N")[..8];
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/referrals")
        {
            Content = JsonContent.Create(new { subject = "ResidentQuestion", summary, district = "WK020201", theme = "gezondheid" }),
        };

        // The Playground's user (Alex Wilber) is a demo wijkteam member; the routing rule sends this to Megan Bowen.
        request.Headers.Add("X-Wijkverbinder-Actor", "00000000-0000-0000-0000-0000000000020");
        using var created = await http.SendAsync(request);
        Assert.Equal(System.Net.HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();

        // The same relay, queue processor and dispatcher as in Azure, in-process; the mail lands on the local stand-in.
        JsonElement? mail = null;
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        while (mail is null)
        {
            await Task.Delay(500, patience.Token);
            var outbox = await http.GetFromJsonAsync<JsonElement>("/dev/outbox.json", patience.Token);
            mail = outbox.EnumerateArray().Where(m => m.GetProperty("subject").GetString()!.Contains(summary, StringComparison.Ordinal)).Cast<JsonElement?>().FirstOrDefault();
        }

        Assert.Equal("meganb@arnhem.example", mail.Value.GetProperty("to")[0].GetProperty("address").GetString());
        var page = await http.GetStringAsync("/dev/outbox");
        Assert.Contains(summary, page, StringComparison.Ordinal);

        // Delivered to the receiver, the referral becomes Sent (recorded right after the mail).
        while ((await http.GetFromJsonAsync<JsonElement>($"/api/referrals/{id}", patience.Token)).GetProperty("status").GetString() != "Sent")
        {
            await Task.Delay(250, patience.Token);
        }
    }
}
