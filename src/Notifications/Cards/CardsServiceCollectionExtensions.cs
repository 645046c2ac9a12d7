using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Wijkverbinder.Notifications.Cards;

public static class CardsServiceCollectionExtensions
{
    /// <summary>The referral cards, with their texts in the current UI culture.</summary>
    public static IServiceCollection AddReferralCards(this IServiceCollection services)
    {
        services.AddLocalization();
        services.TryAddSingleton<ReferralCards>();
        return services;
    }
}
