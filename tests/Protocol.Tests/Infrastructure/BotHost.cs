using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Wijkverbinder.Protocol.Hosting;

namespace Wijkverbinder.Protocol.Tests.Infrastructure;

/// <summary>
/// A minimal app the way the TeamsApp will wire the bot (<c>AddBotProtocol</c>, <c>MapBotMessages</c>), on a real
/// Kestrel server on 127.0.0.1 so that the server's own limits apply, with a recording handler and the test clock.
/// </summary>
public sealed class BotHost : IAsyncDisposable
{
    public const string AppId = "3c8f1a52-7b1e-4f4e-9d55-0a6b1e2f9c01";
    public const string TenantId = "5d6a3f10-2b4c-4e7a-8f91-c3d2e1b0a9f8";
    public const string ServiceUrl = "https://smba.trafficmanager.net/emea/";

    private readonly WebApplication app;

    private BotHost(WebApplication app, RecordingActivityHandler handler, FakeTimeProvider clock, CapturedLogs logs)
    {
        this.app = app;
        Logs = logs;
        Handler = handler;
        Clock = clock;
        Client = new HttpClient { BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single()) };
    }

    public RecordingActivityHandler Handler { get; }

    public FakeTimeProvider Clock { get; }

    public HttpClient Client { get; }

    public CapturedLogs Logs { get; }

    /// <summary>Builds and starts the host; throws what the host throws at startup.</summary>
    public static async Task<BotHost> StartAsync(string environment, IDictionary<string, string?> settings)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = environment });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var logs = new CapturedLogs();
        builder.Logging.ClearProviders().AddProvider(logs);
        builder.Configuration.AddInMemoryCollection(settings);

        var handler = new RecordingActivityHandler();
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        builder.Services.AddSingleton<TimeProvider>(clock);
        builder.Services.AddSingleton<IActivityHandler>(handler);
        builder.Services.AddBotProtocol(builder.Configuration);

        var app = builder.Build();
        app.MapBotMessages();
        await app.StartAsync();
        return new BotHost(app, handler, clock, logs);
    }

    /// <summary>A host that trusts the local metadata server, with the bot's app id (and tenant, if given).</summary>
    public static Task<BotHost> StartAuthenticatedAsync(OpenIdMetadataServer metadata, string? tenantId = null) =>
        StartAsync(Environments.Production, new Dictionary<string, string?>
        {
            ["Bot:AppId"] = AppId,
            ["Bot:TenantId"] = tenantId,
            ["Bot:BotFrameworkMetadataUrl"] = metadata.BotFrameworkMetadataUrl,
            ["Bot:EntraMetadataUrl"] = metadata.EntraMetadataUrlTemplate,
            ["Bot:RequireHttpsMetadata"] = "false",
        });

    public Task<HttpResponseMessage> PostAsync(string json, string? token = null) => PostAsync(new StringContent(json, Encoding.UTF8, "application/json"), token);

    public async Task<HttpResponseMessage> PostAsync(HttpContent content, string? token = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = content };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await Client.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
