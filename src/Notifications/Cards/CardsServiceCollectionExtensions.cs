using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Wijkverbinder.Notifications.Dispatch;

namespace Wijkverbinder.Notifications.Cards;

public static class CardsServiceCollectionExtensions
{
    /// <summary>The referral cards, with their texts in the current UI culture.</summary>
    public static IServiceCollection AddReferralCards(this IServiceCollection services)
    {
        services.AddLocalization();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ReferralCards>();
        services.TryAddSingleton<INotificationCards>(sp => sp.GetRequiredService<ReferralCards>());
        return services;
    }
}
