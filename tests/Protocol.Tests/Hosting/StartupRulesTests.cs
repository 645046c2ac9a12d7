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
    public async Task With_an_app_id_in_development_a_request_without_a_token_is_refused()
    {
        await using var bot = await BotHost.StartAsync(Environments.Development, new Dictionary<string, string?> { ["Bot:AppId"] = BotHost.AppId });

        var response = await bot.PostAsync(Payloads.Message());

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, bot.Handler.Seen);
    }
}
