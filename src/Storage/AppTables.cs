using Azure.Data.Tables;
using Azure.Identity;

namespace Wijkverbinder.Storage;

/// <summary>The app's tables, on one service client that counts its requests.</summary>
public sealed class AppTables
{
    public const string NetworkTableName = "network";
    public const string MunicipalitiesTableName = "municipalities";
    public const string ConversationsTableName = "conversations";
    public const string ReferralsTableName = "referrals";
    public const string ColleaguesTableName = "colleagues";
    public const string RoutingTableName = "routing";
    public const string DeliveriesTableName = "deliveries";
    public const string DashboardsTableName = "dashboards";
    public const string MeetingsTableName = "meetings";
    public const string MeetingFeedbackTableName = "meetingfeedback";
    public const string AuditTableName = "audit";
    public const string ProgrammeTableName = "programme";
    public const string SuccessesTableName = "successes";
    public const string BookingsTableName = "bookings";

    public AppTables(StorageSettings settings, StorageRequestCounter counter)
        : this(settings, counter, [])
    {
    }

    /// <summary>With more pipeline policies, per call: the tests' way to cut a run short at a chosen request.</summary>
    internal AppTables(StorageSettings settings, StorageRequestCounter counter, IReadOnlyList<Azure.Core.Pipeline.HttpPipelinePolicy> perCall)
    {
        ArgumentNullException.ThrowIfNull(perCall);
        var options = new TableClientOptions();
        options.AddPolicy(counter, Azure.Core.HttpPipelinePosition.PerRetry);
        foreach (var policy in perCall)
        {
            options.AddPolicy(policy, Azure.Core.HttpPipelinePosition.PerCall);
        }

        Service = settings.ConnectionString is not null
            ? new TableServiceClient(settings.ConnectionString, options)
            : new TableServiceClient(settings.TableServiceUri, new DefaultAzureCredential(), options);
        Network = Service.GetTableClient(NetworkTableName);
        Municipalities = Service.GetTableClient(MunicipalitiesTableName);
        Conversations = Service.GetTableClient(ConversationsTableName);
        Referrals = Service.GetTableClient(ReferralsTableName);
        Colleagues = Service.GetTableClient(ColleaguesTableName);
        Routing = Service.GetTableClient(RoutingTableName);
        Deliveries = Service.GetTableClient(DeliveriesTableName);
        Dashboards = Service.GetTableClient(DashboardsTableName);
        Meetings = Service.GetTableClient(MeetingsTableName);
        MeetingFeedback = Service.GetTableClient(MeetingFeedbackTableName);
        Audit = Service.GetTableClient(AuditTableName);
        Programme = Service.GetTableClient(ProgrammeTableName);
        Successes = Service.GetTableClient(SuccessesTableName);
        Bookings = Service.GetTableClient(BookingsTableName);
    }

    public TableServiceClient Service { get; }

    /// <summary>Members and ties, one partition per area.</summary>
    public TableClient Network { get; }

    /// <summary>Municipalities with their areas, districts and themes, one partition per municipality.</summary>
    public TableClient Municipalities { get; }

    /// <summary>Conversation addresses for proactive messages, one partition per tenant.</summary>
    public TableClient Conversations { get; }

    /// <summary>Referrals with their history, outbox and per-colleague index rows, one partition per municipality.</summary>
    public TableClient Referrals { get; }

    /// <summary>Colleagues (people and teams), one partition per municipality.</summary>
    public TableClient Colleagues { get; }

    /// <summary>Routing rules, one partition per municipality, row "{theme}|{scope}".</summary>
    public TableClient Routing { get; }

    /// <summary>What happened to each notification and digest (the delivery log), one partition per municipality.</summary>
    public TableClient Deliveries { get; }

    /// <summary>Precomputed network status snapshots, one partition per municipality, one row per district or area.</summary>
    public TableClient Dashboards { get; }

    /// <summary>Meetings with their history, start rows, index rows, outbox and links, one partition per municipality.</summary>
    public TableClient Meetings { get; }

    /// <summary>Feedback on held meetings by respondent key (no respondent ids), one partition per municipality.</summary>
    public TableClient MeetingFeedback { get; }

    /// <summary>The audit log: one partition per municipality and day, append-only (docs/storage.md, "Audit log").</summary>
    public TableClient Audit { get; }

    /// <summary>The wijkprogramma's goals per area and theme, its change outbox and card links, one partition per municipality.</summary>
    public TableClient Programme { get; }

    /// <summary>Successes of initiatives, one partition per area, newest first.</summary>
    public TableClient Successes { get; }
    /// <summary>Shared resources, their bookings, the days they hold and their outbox, one partition per municipality.</summary>
    public TableClient Bookings { get; }

    public async Task EnsureCreatedAsync(CancellationToken cancellationToken)
    {
        await Network.CreateIfNotExistsAsync(cancellationToken);
        await Municipalities.CreateIfNotExistsAsync(cancellationToken);
        await Conversations.CreateIfNotExistsAsync(cancellationToken);
        await Referrals.CreateIfNotExistsAsync(cancellationToken);
        await Colleagues.CreateIfNotExistsAsync(cancellationToken);
        await Routing.CreateIfNotExistsAsync(cancellationToken);
        await Deliveries.CreateIfNotExistsAsync(cancellationToken);
        await Dashboards.CreateIfNotExistsAsync(cancellationToken);
        await Meetings.CreateIfNotExistsAsync(cancellationToken);
        await MeetingFeedback.CreateIfNotExistsAsync(cancellationToken);
        await Audit.CreateIfNotExistsAsync(cancellationToken);
        await Programme.CreateIfNotExistsAsync(cancellationToken);
        await Successes.CreateIfNotExistsAsync(cancellationToken);
        await Bookings.CreateIfNotExistsAsync(cancellationToken);
    }
}
