using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Wijkverbinder.DevTools;

/// <summary>
/// A small web app on a free loopback port, for stand-ins of services that cannot run here (the Bot Connector):
/// real HTTP, quiet logs.
/// </summary>
public static class LoopbackWebApp
{
    /// <summary>Starts an app whose routes <paramref name="map"/> adds; returns it with its base address ("http://127.0.0.1:N/").</summary>
    public static async Task<(WebApplication App, string BaseAddress)> StartAsync(Action<WebApplication> map)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        map(app);
        await app.StartAsync();
        return (app, app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/");
    }
}
