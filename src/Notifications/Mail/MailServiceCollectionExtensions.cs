using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Wijkverbinder.Notifications.Mail;

public static class MailServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ReferralMailComposer"/> and <see cref="GraphMailSender"/> as <see cref="IMailSender"/>, with
    /// <see cref="GraphMailOptions"/> from "Graph", checked at startup.
    /// </summary>
    public static IServiceCollection AddGraphMail(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<GraphMailOptions>().Bind(configuration.GetSection(GraphMailOptions.Section)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<GraphMailOptions>, GraphMailOptionsValidator>());
        services.AddOptions<WijkverbinderOptions>().Bind(configuration.GetSection(WijkverbinderOptions.Section));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ReferralMailComposer>();
        services.TryAddSingleton<GraphMailSender>();
        services.TryAddSingleton<IMailSender>(provider => provider.GetRequiredService<GraphMailSender>());
        return services;
    }
}
