using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Wijkverbinder.Notifications.Bookings;
using Wijkverbinder.Notifications.Cards;
using Wijkverbinder.Notifications.Jobs;
using Wijkverbinder.Notifications.Mail;
using Wijkverbinder.Notifications.Meetings;
using Wijkverbinder.Notifications.Programme;
using Wijkverbinder.Notifications.Referrals;
using Wijkverbinder.Notifications.Successes;
using Wijkverbinder.Protocol.Connector;
using Wijkverbinder.Storage;

namespace Wijkverbinder.Notifications.Dispatch;

public static class DispatchServiceCollectionExtensions
{
    /// <summary>
    /// Everything that takes a notification from the outbox to a mailbox or chat, for both hosts (Functions and
    /// TeamsApp): storage, the Bot Connector, Graph mail, referral views, the relay, the dispatchers (notifications and meeting
    /// tasks: calendar, met-at contacts; booking cards; and the Teams messenger for the agenda and feedback cards unless another IMeetingMessenger is registered), the queue processors, the poison queue and the jobs (dashboards included), and the referral cards as <see cref="INotificationCards"/> unless the
    /// caller registered other cards first (tests do, to send cards that do not depend on their wording).
    /// </summary>
    public static IServiceCollection AddNotificationDispatch(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (!services.Any(d => d.ServiceType == typeof(AppTables)))
        {
            services.AddNetworkStorage(configuration);
        }

        if (!services.Any(d => d.ServiceType == typeof(ConnectorClient)))
        {
            services.AddBotConnector(configuration);
        }

        if (!services.Any(d => d.ServiceType == typeof(IMailSender)))
        {
            services.AddGraphMail(configuration);
        }

        services.AddOptions<WijkverbinderOptions>().Bind(configuration.GetSection(WijkverbinderOptions.Section));
        services.AddReferralCards();
        services.AddMeetingMessaging();
        services.TryAddSingleton<ReferralViews>();
        services.TryAddSingleton<ReferralMailComposer>();
        services.TryAddSingleton<ProactiveCardSender>();
        services.TryAddSingleton<NotificationDispatcher>();
        services.TryAddSingleton<OutboxRelay>();
        services.TryAddSingleton<NotificationQueueProcessor>();
        services.TryAddSingleton<PoisonQueue>();
        services.TryAddSingleton<GraphMeetingCalendar>();
        services.TryAddSingleton<MeetingCalendarSync>();
        services.TryAddSingleton<MeetingTaskDispatcher>();
        services.TryAddSingleton<MeetingQueueProcessor>();
        services.TryAddSingleton<BookingCards>();
        services.TryAddSingleton<BookingViews>();
        services.TryAddSingleton<BookingTaskDispatcher>();
        services.TryAddSingleton<BookingQueueProcessor>();
        services.TryAddSingleton<RhythmMailComposer>();
        services.TryAddSingleton<MeetingRhythmJob>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IQueueBatchProcessor, NotificationQueueProcessor>(p => p.GetRequiredService<NotificationQueueProcessor>()));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IQueueBatchProcessor, MeetingQueueProcessor>(p => p.GetRequiredService<MeetingQueueProcessor>()));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IQueueBatchProcessor, BookingQueueProcessor>(p => p.GetRequiredService<BookingQueueProcessor>()));
        services.TryAddSingleton<RemindAndEscalateJob>();
        services.TryAddSingleton<WeeklyDigestJob>();
        services.TryAddSingleton<RefreshDashboardsJob>();
        services.TryAddSingleton<AuditIntegrityJob>();
        services.TryAddSingleton<RetentionJob>();
        services.TryAddSingleton<ProgrammeCards>();
        services.TryAddSingleton<ProgrammeCardDispatcher>();
        services.TryAddSingleton<ProgrammeQueueProcessor>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IQueueBatchProcessor, ProgrammeQueueProcessor>(p => p.GetRequiredService<ProgrammeQueueProcessor>()));
        services.TryAddSingleton<MonthlySuccessesJob>();
        return services;
    }
}
