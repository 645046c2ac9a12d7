using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Wijkverbinder.Domain.Bookings;
using Wijkverbinder.Domain.Referrals;
using Wijkverbinder.IntegrationTests.Infrastructure;
using Wijkverbinder.Notifications.Bookings;
using Wijkverbinder.Notifications.Dispatch;
using Wijkverbinder.Storage.Queues;

namespace Wijkverbinder.IntegrationTests.Bookings;

/// <summary>
/// The approval card's path as the hosts build it: the request's outbox row is relayed to the "bookings" queue and
/// worked by the dispatcher, which records the delivery once (here skipped: the approver has not installed the app).
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class BookingOutboxTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task ARequestsApprovalCardGoesFromTheOutboxThroughTheQueueToTheDeliveryLogOnce()
    {
        var town = await BookingTown.CreateAsync(azurite);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:storage"] = azurite.ConnectionString,
            ["Wijkverbinder:MunicipalityCode"] = town.Code,
            ["Wijkverbinder:TenantId"] = $"tenant-{town.Code}",
            ["Wijkverbinder:SenderMailbox"] = "wijkverbinder@gemeente.example",
        }).Build();
        var collection = new ServiceCollection();
        collection.AddLogging();
        collection.AddSingleton<TimeProvider>(town.People.Clock);
        collection.AddNotificationDispatch(configuration);
        await using var services = collection.BuildServiceProvider(validateScopes: true);
        var queues = services.GetRequiredService<AppQueues>();
        await queues.EnsureCreatedAsync(CancellationToken.None);
        await queues.Bookings.ClearMessagesAsync();

        var booking = await town.RequestAsync(6, 7);
        var relayed = await services.GetRequiredService<OutboxRelay>().RelayAsync(town.Code, CancellationToken.None);
        var worked = await services.GetRequiredService<BookingQueueProcessor>().ProcessBatchAsync(8, CancellationToken.None);
        var again = new BookingTaskMessage(booking.Id.ToString(), 1, BookingTaskKind.AskApproval);
        await services.GetRequiredService<BookingTaskDispatcher>().DispatchAsync(again, CancellationToken.None);

        Assert.Equal(1, relayed);
        Assert.Equal(1, worked);
        Assert.Empty(await town.RowsAsync("outbox"));
        var delivery = await services.GetRequiredService<IDeliveryLog>().GetAsync(town.Code, "booking." + new BookingTask(booking.Id, 1, BookingTaskKind.AskApproval).Id, CancellationToken.None);
        Assert.Equal((DeliveryState.Skipped, DeliverySkipReasons.NoConversation), (delivery!.State, delivery.Reason));
    }
}
