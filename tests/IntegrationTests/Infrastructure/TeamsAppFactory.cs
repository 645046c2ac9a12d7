using System.Net;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Wijkverbinder.IntegrationTests.Infrastructure;

/// <summary>
/// The real TeamsApp host on a test server, against the shared Azurite, on the test clock, without demo data.
/// Requests come from <see cref="RemoteAddress"/> (loopback unless a test says otherwise).
/// </summary>
public sealed class TeamsAppFactory(AzuriteFixture azurite, string environment = "Development") : WebApplicationFactory<Program>
{
    public IPAddress RemoteAddress { get; set; } = IPAddress.Loopback;

    /// <summary>
    /// More configuration for this host (set before the first request). The notification jobs are off by default:
    /// test hosts share one Azurite queue, which belongs to the tests that dispatch.
    /// </summary>
    public Dictionary<string, string> Settings { get; } = new()
    {
        ["Jobs:RunInProcess"] = "false",
        ["Jobs:RelayOutbox"] = "false",
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        builder.UseSetting("ConnectionStrings:storage", azurite.ConnectionString);
        builder.UseSetting("DemoData:Seed", "false");
        if (environment != "Development")
        {
            // Outside Development the app needs its audit keys (docs/audit.md) and its pseudonym key (docs/privacy.md):
            // keys of this host alone, unless Settings names them.
            builder.UseSetting("Audit:KeyId", "test");
            builder.UseSetting("Audit:Keys", "test:" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
            builder.UseSetting("Privacy:PseudonymKey", Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
        }

        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services =>
        {
            services.AddSingleton<TimeProvider>(azurite.Clock);
            services.AddSingleton<IStartupFilter>(new RemoteAddressStartupFilter(() => RemoteAddress));
        });
    }

    private sealed class RemoteAddressStartupFilter(Func<IPAddress> address) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (HttpContext context, Func<Task> nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress = address();
                await nextMiddleware();
            });
            next(app);
        };
    }
}
