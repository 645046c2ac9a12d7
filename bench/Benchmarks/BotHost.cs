using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Wijkverbinder.Protocol.Connector;

namespace Wijkverbinder.Benchmarks;

/// <summary>
/// The real TeamsApp on Kestrel (loopback), anonymous as in local development, against a private Azurite; with the
/// connector's Teams rate limits on or lifted.
/// </summary>
internal sealed class BotHost(string storageConnectionString, bool teamsLimits, IReadOnlyDictionary<string, string>? settings = null) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseContentRoot(Path.GetFullPath(Path.Combine(Wijkverbinder.DevTools.NodeTools.Directory, "..", "src", "TeamsApp")));
        builder.UseEnvironment("Development");
        builder.UseSetting("ConnectionStrings:storage", storageConnectionString);
        builder.UseSetting("DemoData:Seed", "false");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        // The load comes from 16 conversations at thousands of messages a second: far over the app's inbound limit
        // per conversation (Security:BotPerConversation), which would otherwise be what is measured.
        builder.UseSetting("Security:BotPerConversation:PermitLimit", "100000000");

        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }

        if (teamsLimits)
        {
            return;
        }

        // Measures the app's own capacity: the connector's Teams rate limits (7/s per conversation, 50/s per app) would
        // otherwise be what is measured; Connector.Tests prove those limits.
        builder.ConfigureServices(services => services.Configure<ConnectorClientOptions>(options => options.RateLimits = new TeamsRateLimits
        {
            PerConversation = [new RateLimitRule(1_000_000, TimeSpan.FromSeconds(1))],
            PerApp = new RateLimitRule(1_000_000, TimeSpan.FromSeconds(1)),
            ArrivalMargin = TimeSpan.Zero,
        }));
    }
}
