using System.Net;
using Wijkverbinder.Protocol.Tests.Infrastructure;

namespace Wijkverbinder.Protocol.Tests.Authentication;

/// <summary>
/// The Bot Connector's token, checked through the real endpoint against a local OpenID metadata server: only a valid
/// token lets the activity through; every failure is 401 and the handler sees nothing.
/// </summary>
public sealed class TokenValidationTests : IAsyncLifetime
{
    private readonly SigningKey connectorKey = new("connector-key-1");
    private OpenIdMetadataServer metadata = null!;
    private BotHost bot = null!;

    private DateTimeOffset Now => bot.Clock.GetUtcNow();

    public async Task InitializeAsync()
    {
        metadata = await OpenIdMetadataServer.StartAsync();
        metadata.Publish(OpenIdMetadataServer.BotFramework, connectorKey);
        bot = await BotHost.StartAuthenticatedAsync(metadata);
    }

    public async Task DisposeAsync()
    {
        await bot.DisposeAsync();
        await metadata.DisposeAsync();
        connectorKey.Dispose();
    }

    [Fact]
    public async Task A_valid_connector_token_lets_the_activity_through()
    {
        var response = await bot.PostAsync(Payloads.Message("geldig"), TokenFactory.Create(connectorKey, Now));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal("geldig", (await bot.Handler.NextHandledAsync()).Text);
    }

    [Fact]
    public async Task A_request_without_a_token_is_refused()
    {
        await AssertRefusedAsync(null);
    }

    [Fact]
    public async Task A_token_that_is_not_a_jwt_is_refused()
    {
        await AssertRefusedAsync("not-a-token");
    }

    [Fact]
    public async Task A_token_from_another_issuer_is_refused()
    {
        await AssertRefusedAsync(TokenFactory.Create(connectorKey, Now, issuer: "https://api.botframework.example"));
    }

    [Fact]
    public async Task A_token_for_another_bot_is_refused()
    {
        await AssertRefusedAsync(TokenFactory.Create(connectorKey, Now, audience: "another-bot-app-id"));
    }

    [Fact]
    public async Task An_expired_token_is_refused_once_the_clock_skew_has_passed()
    {
        var token = TokenFactory.Create(connectorKey, Now, validFrom: TimeSpan.FromMinutes(-66), lifetime: TimeSpan.FromHours(1));

        await AssertRefusedAsync(token);
    }

    [Fact]
    public async Task A_token_expired_within_the_five_minute_skew_is_still_accepted()
    {
        var token = TokenFactory.Create(connectorKey, Now, validFrom: TimeSpan.FromMinutes(-64), lifetime: TimeSpan.FromHours(1));

        var response = await bot.PostAsync(Payloads.Message(), token);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    [Fact]
    public async Task A_token_that_is_not_yet_valid_is_refused()
    {
        await AssertRefusedAsync(TokenFactory.Create(connectorKey, Now, validFrom: TimeSpan.FromMinutes(10)));
    }

    [Fact]
    public async Task A_token_signed_by_another_key_under_a_known_key_id_is_refused()
    {
        using var impostor = new SigningKey(connectorKey.KeyId);

        await AssertRefusedAsync(TokenFactory.Create(impostor, Now));
    }

    [Fact]
    public async Task A_token_whose_serviceUrl_claim_differs_from_the_activity_is_refused()
    {
        var token = TokenFactory.Create(connectorKey, Now, serviceUrl: "https://attacker.example/");

        await AssertRefusedAsync(token);
    }

    [Fact]
    public async Task A_token_without_a_serviceUrl_claim_is_refused()
    {
        await AssertRefusedAsync(TokenFactory.Create(connectorKey, Now, serviceUrl: null));
    }

    [Fact]
    public async Task An_unknown_key_id_makes_the_keys_fetched_again_once_and_is_refused_when_still_unknown()
    {
        await bot.PostAsync(Payloads.Message(), TokenFactory.Create(connectorKey, Now));
        Assert.Equal(1, metadata.KeyFetches(OpenIdMetadataServer.BotFramework));
        using var unknown = new SigningKey("never-published");

        await AssertRefusedAsync(TokenFactory.Create(unknown, Now), alreadySeen: 1);
        Assert.Equal(2, metadata.KeyFetches(OpenIdMetadataServer.BotFramework));
    }

    [Fact]
    public async Task Unknown_key_ids_force_at_most_one_fetch_per_refresh_interval()
    {
        using var unknown = new SigningKey("never-published");
        await AssertRefusedAsync(TokenFactory.Create(unknown, Now));
        await AssertRefusedAsync(TokenFactory.Create(unknown, Now));
        Assert.Equal(2, metadata.KeyFetches(OpenIdMetadataServer.BotFramework));

        bot.Clock.Advance(TimeSpan.FromMinutes(6));
        await Task.Delay(TimeSpan.FromSeconds(1.2)); // IdentityModel's own one-second minimum runs on the real clock.
        await AssertRefusedAsync(TokenFactory.Create(unknown, Now));

        Assert.Equal(3, metadata.KeyFetches(OpenIdMetadataServer.BotFramework));
    }

    [Fact]
    public async Task A_key_rotated_into_the_keys_document_after_the_first_fetch_is_accepted_after_a_refresh()
    {
        await bot.PostAsync(Payloads.Message("eerste"), TokenFactory.Create(connectorKey, Now));
        await bot.Handler.NextHandledAsync();
        using var rotated = new SigningKey("connector-key-2");
        metadata.Publish(OpenIdMetadataServer.BotFramework, connectorKey, rotated);

        var response = await bot.PostAsync(Payloads.Message("na rotatie"), TokenFactory.Create(rotated, Now));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal("na rotatie", (await bot.Handler.NextHandledAsync()).Text);
        Assert.Equal(2, metadata.KeyFetches(OpenIdMetadataServer.BotFramework));
    }

    [Fact]
    public async Task An_invoke_with_a_valid_token_is_answered_and_without_one_reaches_nobody()
    {
        var invoke = Payloads.Text(Payloads.AdaptiveCardAction).Replace(
            "https://smba.trafficmanager.net/amer/56653e9d-2158-46ee-90d7-675c39642038/", BotHost.ServiceUrl, StringComparison.Ordinal);

        var refused = await bot.PostAsync(invoke);
        var answered = await bot.PostAsync(invoke, TokenFactory.Create(connectorKey, Now));

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        Assert.Single(bot.Handler.Invokes);
    }

    [Fact]
    public async Task A_refusal_is_logged_with_its_reason_but_without_the_token_or_the_sender()
    {
        var token = TokenFactory.Create(connectorKey, Now, serviceUrl: "https://attacker.example/");

        await AssertRefusedAsync(token);

        var refusal = Assert.Single(bot.Logs.Lines, line => line.Contains("Refused an inbound activity", StringComparison.Ordinal));
        Assert.Contains("serviceUrl", refusal, StringComparison.Ordinal);
        var signature = token.Split('.')[2];
        Assert.DoesNotContain(bot.Logs.Lines, line => line.Contains(signature, StringComparison.Ordinal) || line.Contains("29:user", StringComparison.Ordinal));
    }

    private async Task AssertRefusedAsync(string? token, int alreadySeen = 0)
    {
        var response = await bot.PostAsync(Payloads.Message(), token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(alreadySeen, bot.Handler.Seen);
    }
}
