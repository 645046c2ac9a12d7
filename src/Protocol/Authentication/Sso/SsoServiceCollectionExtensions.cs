using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Wijkverbinder.Protocol.Authentication.Sso;

public static class SsoServiceCollectionExtensions
{
    /// <summary>Tab single sign-on (section "Sso"): the validator and the tenant's Entra ID keys.</summary>
    public static IServiceCollection AddTeamsSso(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SsoOptions>().Bind(configuration.GetSection(SsoOptions.Section));
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient(SigningKeySources.HttpClientName);
        services.AddSingleton<ISsoKeySource, EntraSsoKeySource>();
        services.AddSingleton<SsoTokenValidator>();
        return services;
    }
}
