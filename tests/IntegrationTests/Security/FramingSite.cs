using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Wijkverbinder.IntegrationTests.Security;

/// <summary>
/// A tiny site on a second Kestrel, on two loopback ports (two origins), whose page frames the URL it is given:
/// one origin the app is told to allow (Development only), one it is not.
/// </summary>
public sealed class FramingSite : IAsyncDisposable
{
    private readonly WebApplication site;

    private FramingSite(WebApplication site, Uri allowed, Uri other)
    {
        this.site = site;
        Allowed = allowed;
        Other = other;
    }

    /// <summary>The origin the app lets frame its pages (Security:ExtraFrameAncestors).</summary>
    public Uri Allowed { get; }

    /// <summary>An origin the app knows nothing of.</summary>
    public Uri Other { get; }

    public static async Task<FramingSite> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, 0);
            kestrel.Listen(IPAddress.Loopback, 0);
        });
        var site = builder.Build();
        site.MapGet("/frame", (string src) => Results.Content(
            $"<!DOCTYPE html><html lang=\"en\"><head><title>Framer</title></head><body><iframe id=\"tab\" src=\"{WebUtility.HtmlEncode(src)}\" title=\"tab\"></iframe></body></html>",
            "text/html"));
        await site.StartAsync();
        var addresses = site.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Select(a => new Uri(a)).ToArray();
        return new FramingSite(site, addresses[0], addresses[1]);
    }

    /// <summary>The framing page at <paramref name="origin"/>, framing <paramref name="target"/>.</summary>
    public static string PageAt(Uri origin, string target) => new Uri(origin, "/frame?src=" + Uri.EscapeDataString(target)).ToString();

    public async ValueTask DisposeAsync()
    {
        await site.StopAsync();
        await site.DisposeAsync();
    }
}
