using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Wijkverbinder.Protocol.Authentication;

namespace Wijkverbinder.Protocol.Hosting;

public static class BotProtocolServiceCollectionExtensions
{
    /// <summary>
    /// The inbound side of the bot: token validation (section "Bot"), the messaging endpoint's services and the
    /// background worker. The app adds its <see cref="IActivityHandler"/> and maps the endpoint with
    /// <see cref="BotMessagesEndpointExtensions.MapBotMessages"/>.
    /// </summary>
    public static IServiceCollection AddBotProtocol(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(BotAuthenticationOptions.Section);
        services.AddOptions<BotAuthenticationOptions>().Bind(section).ValidateOnStart();
        services.AddOptions<BotEndpointOptions>().Bind(section);
        services.AddSingleton<IValidateOptions<BotAuthenticationOptions>, AnonymousOnlyInDevelopment>();

        services.TryAddSingleton(TimeProvider.System);
        // The key caches hold their client for the app's lifetime, so its connections are renewed to follow DNS changes.
        services.AddHttpClient(SigningKeySources.HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) });
        services.AddLocalization();
        services.AddProblemDetails();

        services.AddSingleton<SigningKeySources>();
        services.AddSingleton(provider => new BotTokenValidator(
            provider.GetRequiredService<IOptions<BotAuthenticationOptions>>(),
            provider.GetRequiredService<SigningKeySources>(),
            provider.GetRequiredService<TimeProvider>()));
        services.AddSingleton<BotProblems>();
        services.AddSingleton<ActivityBodyReader>();
        services.AddSingleton<ActivityQueue>();
        services.TryAddSingleton<IActivityRateLimiter, UnlimitedActivities>();
        services.AddSingleton<BotMessageReceiver>();
        services.AddHostedService<ActivityQueueWorker>();
        return services;
    }
}
