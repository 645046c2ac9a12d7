using System.Net;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Wijkverbinder.Protocol.Tests.Infrastructure;

namespace Wijkverbinder.Protocol.Tests.Hosting;

/// <summary>Anonymous access exists only for the local Playground: in Development, without an app id.</summary>
public sealed class StartupRulesTests
{
    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    public async Task Without_an_app_id_outside_development_the_app_refuses_to_start(string environment)
    {
        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => BotHost.StartAsync(environment, new Dictionary<string, string?>()));

        Assert.Contains("Bot:AppId", failure.Message, StringComparison.Ordinal);
        Assert.Contains(environment, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task When_the_signing_keys_cannot_be_fetched_a_token_is_refused_rather_than_an_error()
    {
        await using var bot = await BotHost.StartAsync(Environments.Production, new Dictionary<string, string?>
        {
            ["Bot:AppId"] = BotHost.AppId,
            ["Bot:BotFrameworkMetadataUrl"] = "http://127.0.0.1:1/botframework/.well-known/openidconfiguration",
            ["Bot:RequireHttpsMetadata"] = "false",
        });
        using var key = new SigningKey("connector-key");

        var response = await bot.PostAsync(Payloads.Message(), TokenFactory.Create(key, bot.Clock.GetUtcNow()));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, bot.Handler.Seen);
    }

    [Fact]
    public async Task With_an_app_id_in_development_a_request_without_a_token_is_refused()
    {
        await using var bot = await BotHost.StartAsync(Environments.Development, new Dictionary<string, string?> { ["Bot:AppId"] = BotHost.AppId });

        var response = await bot.PostAsync(Payloads.Message());

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, bot.Handler.Seen);
    }
}
