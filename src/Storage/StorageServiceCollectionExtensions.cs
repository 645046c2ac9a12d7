using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Wijkverbinder.Domain.Audit;
using Wijkverbinder.Domain.Bookings;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Conversations;
using Wijkverbinder.Domain.Dashboard;
using Wijkverbinder.Domain.Meetings;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.Domain.Privacy;
using Wijkverbinder.Domain.Programme;
using Wijkverbinder.Domain.Budget;
using Wijkverbinder.Domain.Referrals;
using Wijkverbinder.Domain.Retention;
using Wijkverbinder.Domain.Successes;
using Wijkverbinder.Storage.Audit;
using Wijkverbinder.Storage.Bookings;
using Wijkverbinder.Storage.Colleagues;
using Wijkverbinder.Storage.Conversations;
using Wijkverbinder.Storage.Dashboard;
using Wijkverbinder.Storage.Meetings;
using Wijkverbinder.Storage.Network;
using Wijkverbinder.Storage.Notifications;
using Wijkverbinder.Storage.Programme;
using Wijkverbinder.Storage.Privacy;
using Wijkverbinder.Storage.Queues;
using Wijkverbinder.Storage.Referrals;
using Wijkverbinder.Storage.Retention;
using Wijkverbinder.Storage.Successes;

namespace Wijkverbinder.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>Adds the Table Storage adapters, their request counter, and the network, referral and meeting use cases and the dashboards.</summary>
    public static IServiceCollection AddNetworkStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(_ => StorageSettings.From(configuration));
        services.AddSingleton<StorageRequestCounter>();
        services.AddSingleton<AppTables>();
        services.AddSingleton<AppQueues>();
        services.AddSingleton<IDeliveryLog, TableDeliveryLog>();
        services.AddSingleton<INetworkStore, TableNetworkStore>();
        services.AddSingleton<NetworkRegistry>();
        services.AddSingleton<IConversationDirectory, TableConversationDirectory>();
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<OutboxReader>();
        services.AddSingleton<IReferralStore, TableReferralStore>();
        services.AddSingleton<IColleagueDirectory, TableColleagueDirectory>();
        services.AddSingleton<IRoutingRuleStore, TableRoutingRuleStore>();
        services.AddSingleton<IReferralSlaStore, TableReferralSlaStore>();
        services.TryAddSingleton(ReferralSla.Default);
        services.AddSingleton<ReferralService>();
        services.AddSingleton<IBudgetStore, Budget.TableBudgetStore>();
        services.AddSingleton<IMeetingStore, TableMeetingStore>();
        services.AddSingleton<IMeetingFeedbackStore, TableMeetingFeedbackStore>();
        services.AddSingleton<MeetingService>();
        services.AddSingleton<MeetingContacts>();
        services.AddSingleton<IBookingStore, TableBookingStore>();
        services.AddSingleton<BookingService>();
        services.AddSingleton<DashboardSignal>();
        services.AddSingleton<IDashboardStore, TableDashboardStore>();
        services.AddSingleton<DashboardRefresher>();
        services.AddSingleton<ContactConsentService>();
        services.AddSingleton<IProgrammeStore, TableProgrammeStore>();
        services.AddSingleton<ProgrammeService>();
        services.AddSingleton<ISuccessStore, TableSuccessStore>();
        services.AddSingleton<SuccessService>();
        services.AddPseudonymKey(configuration);
        services.AddSingleton<ISubjectDataStore, TableSubjectDataStore>();
        services.AddSingleton<SubjectRightsService>();
        services.AddAuditAndRetention(configuration);
        return services;
    }

    /// <summary>The pseudonym key (Privacy:PseudonymKey), checked at start like the audit keys.</summary>
    private static void AddPseudonymKey(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PrivacyOptions>().Bind(configuration.GetSection(PrivacyOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<PrivacyOptions>, PrivacyOptionsValidation>();
        services.AddSingleton(provider => PseudonymKey.From(provider.GetRequiredService<IOptions<PrivacyOptions>>().Value));
    }

    /// <summary>The audit log with its keys (Audit:*) and search, and one retention policy per record type (Retention:* days).</summary>
    private static void AddAuditAndRetention(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AuditOptions>().Bind(configuration.GetSection(AuditOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<AuditOptions>, AuditOptionsValidation>();
        services.AddSingleton(provider => AuditKeyRing.From(provider.GetRequiredService<IOptions<AuditOptions>>().Value));
        services.AddSingleton<IAuditLog, TableAuditLog>();
        services.AddSingleton<AuditSearch>();
        services.AddOptions<RetentionOptions>().Bind(configuration.GetSection(RetentionOptions.Section));
        services.AddSingleton<IRetentionPolicy, ClosedReferralsRetention>();
        services.AddSingleton<IRetentionPolicy, DeliveriesRetention>();
        services.AddSingleton<IRetentionPolicy, ConversationsOfLeaversRetention>();
        services.AddSingleton<IRetentionPolicy, AuditDaysRetention>();
        services.AddSingleton<IRetentionPolicy, MeetingsRetention>();
        services.AddSingleton<IRetentionPolicy, BookingsRetention>();
        services.AddSingleton<IRetentionPolicy, SuccessesRetention>();
        services.AddSingleton<IRetentionPolicy, RemovedAreaProgrammeRetention>();
    }
}
