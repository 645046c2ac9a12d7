using Azure.Identity;
using Azure.Storage.Queues;

namespace Wijkverbinder.Storage.Queues;

/// <summary>
/// The app's queues, on one service client that counts its requests. Messages are Base64-encoded because the Functions
/// queue trigger expects that; a message that fails <see cref="MaxDequeueCount"/> times moves to the poison queue.
/// </summary>
public sealed class AppQueues
{
    public const string NotificationsQueueName = "notifications";
    public const string PoisonQueueName = "notifications-poison";
    public const string MeetingsQueueName = "meetings";
    public const string MeetingsPoisonQueueName = "meetings-poison";
    public const string ProgrammeQueueName = "programme";
    public const string ProgrammePoisonQueueName = "programme-poison";
    public const string BookingsQueueName = "bookings";
    public const string BookingsPoisonQueueName = "bookings-poison";

    /// <summary>The same limit as host.json's queues.maxDequeueCount.</summary>
    public const int MaxDequeueCount = 5;

    public AppQueues(StorageSettings settings, StorageRequestCounter counter)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var options = new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 };
        options.AddPolicy(counter, Azure.Core.HttpPipelinePosition.PerRetry);
        Service = settings.ConnectionString is not null
            ? new QueueServiceClient(settings.ConnectionString, options)
            : new QueueServiceClient(
                settings.QueueServiceUri ?? throw new InvalidOperationException("Storage:QueueServiceUri is not configured."),
                new DefaultAzureCredential(),
                options);
        Notifications = Service.GetQueueClient(NotificationsQueueName);
        Poison = Service.GetQueueClient(PoisonQueueName);
        Meetings = Service.GetQueueClient(MeetingsQueueName);
        MeetingsPoison = Service.GetQueueClient(MeetingsPoisonQueueName);
        Programme = Service.GetQueueClient(ProgrammeQueueName);
        ProgrammePoison = Service.GetQueueClient(ProgrammePoisonQueueName);
        Bookings = Service.GetQueueClient(BookingsQueueName);
        BookingsPoison = Service.GetQueueClient(BookingsPoisonQueueName);
    }

    public QueueServiceClient Service { get; }

    /// <summary>Notifications to dispatch, one message per notification (<c>NotificationMessage</c>).</summary>
    public QueueClient Notifications { get; }

    /// <summary>Notifications that failed <see cref="MaxDequeueCount"/> times; replayed by an administrator.</summary>
    public QueueClient Poison { get; }

    /// <summary>Meeting tasks to do, one message per task (<c>MeetingTaskMessage</c>).</summary>
    public QueueClient Meetings { get; }

    /// <summary>Meeting tasks that failed <see cref="MaxDequeueCount"/> times.</summary>
    public QueueClient MeetingsPoison { get; }

    /// <summary>Programme cards to post or update, one message per change of an area's wijkprogramma.</summary>
    public QueueClient Programme { get; }

    /// <summary>Programme changes that failed <see cref="MaxDequeueCount"/> times.</summary>
    public QueueClient ProgrammePoison { get; }
    /// <summary>Booking cards to send, one message per card (<c>BookingTaskMessage</c>).</summary>
    public QueueClient Bookings { get; }

    /// <summary>Booking cards that failed <see cref="MaxDequeueCount"/> times.</summary>
    public QueueClient BookingsPoison { get; }

    public async Task EnsureCreatedAsync(CancellationToken cancellationToken)
    {
        await Notifications.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        await Poison.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        await Meetings.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        await MeetingsPoison.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        await Programme.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        await ProgrammePoison.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        await Bookings.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        await BookingsPoison.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
    }
}
