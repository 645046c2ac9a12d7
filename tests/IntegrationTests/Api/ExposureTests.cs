using System.Net;
using Microsoft.AspNetCore.Hosting;
using Wijkverbinder.IntegrationTests.Infrastructure;

namespace Wijkverbinder.IntegrationTests.Api;

/// <summary>Until sign-in exists, the network API answers only on this machine and only in Development.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class ExposureTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task RefusesRequestsFromAnotherMachine()
    {
        using var app = new TeamsAppFactory(azurite) { RemoteAddress = IPAddress.Parse("192.0.2.10") };
        using var client = app.CreateClient();

        using var response = await client.GetAsync("/api/municipalities");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task DoesNotExistOutsideDevelopment()
    {
        using var app = new TeamsAppFactory(azurite, environment: "Production");

        // Production needs a bot registration to start at all.
        using var client = app.WithWebHostBuilder(host => host.UseSetting("Bot:AppId", "00000000-0000-0000-0000-000000000001")).CreateClient();

        using var api = await client.GetAsync("/api/municipalities");
        using var health = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }
}
