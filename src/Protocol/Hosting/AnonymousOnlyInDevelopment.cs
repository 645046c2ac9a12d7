using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Wijkverbinder.Protocol.Authentication;

namespace Wijkverbinder.Protocol.Hosting;

/// <summary>
/// Without an app id the endpoint accepts anyone, which only the local Agents Playground needs. Outside Development
/// that would open the bot to the internet, so the app refuses to start instead.
/// </summary>
internal sealed class AnonymousOnlyInDevelopment(IHostEnvironment environment) : IValidateOptions<BotAuthenticationOptions>
{
    public ValidateOptionsResult Validate(string? name, BotAuthenticationOptions options) =>
        options.IsAnonymous && !environment.IsDevelopment()
            ? ValidateOptionsResult.Fail(
                $"Bot:AppId is not configured. Without it the bot endpoint would accept unauthenticated requests, which is " +
                $"allowed only in the Development environment (this is '{environment.EnvironmentName}'). Set Bot:AppId to the bot's Microsoft App ID.")
            : ValidateOptionsResult.Success;
}
