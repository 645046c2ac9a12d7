using System.Net;
using Wijkverbinder.Protocol.Tests.Infrastructure;

namespace Wijkverbinder.Protocol.Tests.Authentication;

/// <summary>
/// A single-tenant bot also accepts tokens its own Entra tenant issues (v1 and v2 issuers, keys from the tenant's
/// metadata), and only from that tenant.
/// </summary>
public sealed class SingleTenantTokenTests : IAsyncLifetime
{
    private readonly SigningKey connectorKey = new("connector-key");
    private readonly SigningKey tenantKey = new("tenant-key");
    private OpenIdMetadataServer metadata = null!;
    private BotHost bot = null!;

    private DateTimeOffset Now => bot.Clock.GetUtcNow();

    public async Task InitializeAsync()
    {
        metadata = await OpenIdMetadataServer.StartAsync();
        metadata.Publish(OpenIdMetadataServer.BotFramework, connectorKey);
        metadata.Publish(BotHost.TenantId, tenantKey);
        bot = await BotHost.StartAuthenticatedAsync(metadata, BotHost.TenantId);
    }

    public async Task DisposeAsync()
    {
        await bot.DisposeAsync();
        await metadata.DisposeAsync();
        connectorKey.Dispose();
        tenantKey.Dispose();
    }

    [Theory]
    [InlineData("https://sts.windows.net/" + BotHost.TenantId + "/")]
    [InlineData("https://login.microsoftonline.com/" + BotHost.TenantId + "/v2.0")]
    public async Task A_token_from_the_bots_own_tenant_is_accepted(string issuer)
    {
        var response = await bot.PostAsync(Payloads.Message("entra"), TokenFactory.Create(tenantKey, Now, issuer: issuer));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal("entra", (await bot.Handler.NextHandledAsync()).Text);
    }

    [Fact]
    public async Task Connector_tokens_are_still_accepted_beside_the_tenants()
    {
        var response = await bot.PostAsync(Payloads.Message(), TokenFactory.Create(connectorKey, Now));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    [Fact]
    public async Task A_token_from_another_tenant_is_refused()
    {
        var token = TokenFactory.Create(tenantKey, Now, issuer: "https://login.microsoftonline.com/11111111-2222-3333-4444-555555555555/v2.0");

        var response = await bot.PostAsync(Payloads.Message(), token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, bot.Handler.Seen);
    }

    [Fact]
    public async Task A_tenant_issuer_with_a_connector_key_is_refused()
    {
        // Each issuer's tokens must be signed with that issuer's keys.
        var token = TokenFactory.Create(connectorKey, Now, issuer: "https://login.microsoftonline.com/" + BotHost.TenantId + "/v2.0");

        var response = await bot.PostAsync(Payloads.Message(), token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, bot.Handler.Seen);
    }
}
