using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Wijkverbinder.Notifications.Meetings;

public static class MeetingsServiceCollectionExtensions
{
    /// <summary>The meeting cards and the Teams messenger (agenda card in the channel, feedback card in the chat).</summary>
    public static IServiceCollection AddMeetingMessaging(this IServiceCollection services)
    {
        services.AddLocalization();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<MeetingCards>();
        services.TryAddSingleton<MeetingViews>();
        services.TryAddSingleton<IMeetingMessenger, TeamsMeetingMessenger>();
        return services;
    }
}
