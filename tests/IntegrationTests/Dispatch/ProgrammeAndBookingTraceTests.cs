extern alias functions;

using System.Diagnostics;
using functions::Wijkverbinder.Functions;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Wijkverbinder.Domain.Programme;
using Wijkverbinder.IntegrationTests.Bookings;
using Wijkverbinder.IntegrationTests.Infrastructure;
using Wijkverbinder.Notifications.Bookings;
using Wijkverbinder.Notifications.Dispatch;
using Wijkverbinder.Notifications.Programme;
using Wijkverbinder.Notifications.Successes;
using Wijkverbinder.Storage.Queues;

namespace Wijkverbinder.IntegrationTests.Dispatch;

/// <summary>
/// The "programme" and "bookings" queues carry the request's trace context as the other queues do (outbox row, message,
/// dispatch activity as its child), and the monthly successes run is an activity of its own.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class ProgrammeAndBookingTraceTests(AzuriteFixture azurite) : IDisposable
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly ActivityRecorder recorder = new();

    [Fact]
    public async Task ABookingRequestsApprovalCardIsSentInTheRequestsTrace()
    {
        var town = await BookingTown.CreateAsync(azurite);
        await using var services = BookingServices(town);
        var queues = services.GetRequiredService<AppQueues>();
        await queues.EnsureCreatedAsync(None);
        await queues.Bookings.ClearMessagesAsync(None);
        Activity request;
        using (request = ActivityRecorder.StartRequest("POST /api/tab/bookings"))
        {
            await town.RequestAsync(6, 7);
        }

        await services.GetRequiredService<OutboxRelay>().RelayAsync(town.Code, None);
        var message = BookingTaskMessage.Parse((await queues.Bookings.PeekMessagesAsync(1, None)).Value[0].Body.ToString());
        // The TeamsApp's in-process runner; the Function calls the same dispatcher.
        Assert.Equal(1, await services.GetRequiredService<BookingQueueProcessor>().ProcessBatchAsync(8, None));

        Assert.Equal(request.Id, message.TraceParent);
        var sent = Assert.Single(recorder.Stopped("SendBookingCard", town.Code));
        Assert.Equal((request.TraceId, request.SpanId, ActivityKind.Consumer), (sent.TraceId, sent.ParentSpanId, sent.Kind));
    }

    [Fact]
    public async Task AGoalsChangesProgrammeCardFunctionHasTheRequestsTraceIdAndLinksTheInvocation()
    {
        await using var host = await DispatchHost.StartAsync(azurite);
        await host.Queues.Programme.ClearMessagesAsync(None);
        var town = host.Town.Town;
        Activity request;
        using (request = ActivityRecorder.StartRequest("PUT /api/tab/programme"))
        {
            var saved = await host.Services.GetRequiredService<ProgrammeService>()
                .SetGoalsAsync(town.Municipality, town.Municipality.FindArea(town.AreaA)!, "meedoen", ["Iedereen doet mee"], null, None);
            Assert.True(saved.IsValid);
        }

        await host.Relay.RelayAsync(host.Town.Code, None);
        var body = Assert.Single((await host.Queues.Programme.ReceiveMessagesAsync(8, cancellationToken: None)).Value).Body.ToString();
        Activity invocation;
        using (invocation = ActivityRecorder.StartRequest("DispatchProgrammeCard invocation"))
        {
            await new DispatchProgrammeCard(host.Services.GetRequiredService<ProgrammeCardDispatcher>()).RunAsync(body, None);
        }

        Assert.Equal(request.Id, ProgrammeCardMessage.Parse(body).TraceParent);
        var dispatch = Assert.Single(recorder.Stopped("DispatchProgrammeCard", host.Town.Code));
        Assert.Equal((request.TraceId, request.SpanId), (dispatch.TraceId, dispatch.ParentSpanId));
        Assert.Equal(invocation.Context, Assert.Single(dispatch.Links).Context);
    }

    [Fact]
    public async Task TheMonthlySuccessesRunIsANamedActivityUnderTheInvocation()
    {
        await using var host = await DispatchHost.StartAsync(azurite);
        Activity invocation;
        using (invocation = ActivityRecorder.StartRequest("PostMonthlySuccesses invocation"))
        {
            await new PostMonthlySuccesses(host.Services.GetRequiredService<MonthlySuccessesJob>()).RunAsync(new TimerInfo { IsPastDue = false }, None);
        }

        var run = Assert.Single(recorder.StoppedRuns(MonthlySuccessesJob.ActivityName, host.Town.Code));
        Assert.Equal((invocation.TraceId, invocation.SpanId, ActivityKind.Internal), (run.TraceId, run.ParentSpanId, run.Kind));
        Assert.Equal(0, run.GetTagItem("wijkverbinder.cards_sent")); // the new town has no successes yet
    }

    public void Dispose() => recorder.Dispose();

    private ServiceProvider BookingServices(BookingTown town)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:storage"] = azurite.ConnectionString,
            ["Wijkverbinder:MunicipalityCode"] = town.Code,
            ["Wijkverbinder:TenantId"] = $"tenant-{town.Code}",
            ["Wijkverbinder:SenderMailbox"] = DispatchHost.Sender,
        }).Build();
        var collection = new ServiceCollection();
        collection.AddLogging();
        collection.AddSingleton<TimeProvider>(town.People.Clock);
        collection.AddNotificationDispatch(configuration);
        return collection.BuildServiceProvider(validateScopes: true);
    }
}
