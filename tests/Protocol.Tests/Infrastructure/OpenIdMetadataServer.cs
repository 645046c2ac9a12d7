using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Wijkverbinder.Protocol.Tests.Infrastructure;

/// <summary>
/// A local stand-in for login.botframework.com and an Entra tenant: OpenID metadata and a keys document per
/// authority, on 127.0.0.1 with a free port. Tests decide which keys each authority publishes, and can count how often
/// the keys were fetched.
/// </summary>
public sealed class OpenIdMetadataServer : IAsyncDisposable
{
    public const string BotFramework = "botframework";

    private readonly WebApplication app;
    private readonly ConcurrentDictionary<string, IReadOnlyList<SigningKey>> published = new();
    private readonly ConcurrentDictionary<string, int> keyFetches = new();

    private OpenIdMetadataServer(WebApplication app)
    {
        this.app = app;
        app.MapGet("/{authority}/.well-known/openidconfiguration", (string authority) => Metadata(authority));
        app.MapGet("/{authority}/v2.0/.well-known/openid-configuration", (string authority) => Metadata(authority));
        app.MapGet("/{authority}/keys", (string authority) =>
        {
            keyFetches.AddOrUpdate(authority, 1, (_, count) => count + 1);
            var keys = published.TryGetValue(authority, out var list) ? list : [];
            return Results.Json(new { keys = keys.Select(k => k.ToJwk()).ToArray() });
        });
    }

    public Uri BaseAddress => new(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single());

    public string BotFrameworkMetadataUrl => new Uri(BaseAddress, $"{BotFramework}/.well-known/openidconfiguration").ToString();

    /// <summary>The Entra metadata address with "{tenant}" left in, as the options take it.</summary>
    public string EntraMetadataUrlTemplate => BaseAddress + "{tenant}/v2.0/.well-known/openid-configuration";

    public static async Task<OpenIdMetadataServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var server = new OpenIdMetadataServer(builder.Build());
        await server.app.StartAsync();
        return server;
    }

    public void Publish(string authority, params SigningKey[] keys) => published[authority] = keys;

    public int KeyFetches(string authority) => keyFetches.TryGetValue(authority, out var count) ? count : 0;

    private IResult Metadata(string authority) => Results.Json(new Dictionary<string, object>
    {
        ["issuer"] = $"https://issuer.invalid/{authority}",
        ["jwks_uri"] = new Uri(BaseAddress, $"{authority}/keys").ToString(),
        ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
    });

    public async ValueTask DisposeAsync() => await app.DisposeAsync();
}
