using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Wijkverbinder.Protocol.Connector;

public static class BotConnectorServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="ConnectorClient"/> as a typed HttpClient with the connector's one resilience pipeline, the bot's
    /// token provider (credentials from section "Bot") and the Teams rate limiter. <paramref name="configure"/> tunes
    /// retries and limits; the defaults are Teams' own.
    /// </summary>
    public static IServiceCollection AddBotConnector(
        this IServiceCollection services, IConfiguration configuration, Action<ConnectorClientOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<BotCredentialOptions>().Bind(configuration.GetSection(BotCredentialOptions.Section));
        var options = services.AddOptions<ConnectorClientOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddSingleton(sp => new BotTokenProvider(
            BotCredentialFactory.Create(sp.GetRequiredService<IOptions<BotCredentialOptions>>().Value),
            sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(sp => new TeamsRateLimiter(
            sp.GetRequiredService<IOptions<ConnectorClientOptions>>().Value.RateLimits,
            sp.GetRequiredService<TimeProvider>()));
        services.TryAddTransient<BotAuthorizationHandler>();

        // No HttpClient timeout: a request may wait long for a permit; the pipeline times each attempt instead.
        var client = services.AddHttpClient<ConnectorClient>(client => client.Timeout = Timeout.InfiniteTimeSpan);
        client.AddResilienceHandler(ConnectorResiliencePipeline.Name, static (builder, context) =>
            {
                var sp = context.ServiceProvider;
                ConnectorResiliencePipeline.Configure(
                    builder,
                    sp.GetRequiredService<IOptions<ConnectorClientOptions>>().Value,
                    sp.GetRequiredService<TeamsRateLimiter>(),
                    sp.GetRequiredService<TimeProvider>(),
                    sp.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ConnectorClient)));
            });

        // Added after the resilience handler, so it runs inside it: once per attempt.
        client.AddHttpMessageHandler<BotAuthorizationHandler>();
        return services;
    }
}
