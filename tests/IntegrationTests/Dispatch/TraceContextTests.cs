extern alias functions;

using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using functions::Wijkverbinder.Functions;
using Microsoft.Extensions.DependencyInjection;
using Wijkverbinder.IntegrationTests.Infrastructure;
using Wijkverbinder.IntegrationTests.Meetings;
using Wijkverbinder.IntegrationTests.Referrals;
using Wijkverbinder.Notifications.Dispatch;
using Wijkverbinder.Notifications.Meetings;
using Wijkverbinder.Storage.Referrals;

namespace Wijkverbinder.IntegrationTests.Dispatch;

/// <summary>
/// One trace from the request through the queue: the request's W3C trace context is stored with the outbox rows,
/// carried in the queue message, and becomes the parent of the dispatch activity (in-process processor and Function).
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class TraceContextTests(AzuriteFixture azurite) : IDisposable
{
    private static readonly ActivitySource Request = ActivityRecorder.Request;
    private readonly ActivityRecorder recorder = new();

    [Fact]
    public async Task TheOutboxRowsOfARequestCarryItsTraceContext()
    {
        var town = await ReferralTown.CreateAsync(azurite);
        using var factory = new TeamsAppFactory(azurite);
        factory.Settings["Wijkverbinder:MunicipalityCode"] = town.Code;
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Wijkverbinder-Actor", town.Referrer.Id.Value);
        var traceId = ActivityTraceId.CreateRandom();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/referrals")
        {
            Content = JsonContent.Create(new { subject = "ResidentQuestion", summary = "Hulp bij formulieren", district = town.Town.District1, theme = "armoede", receiver = town.Ann.Id.Value }),
        };
        request.Headers.Add("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom()}-01");
        request.Headers.Add("tracestate", "wv=1");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var pending = await factory.Services.GetRequiredService<OutboxReader>().ListPendingEntriesAsync(town.Code, 32, CancellationToken.None);
        Assert.NotEmpty(pending);
        Assert.All(pending, p => Assert.Equal((traceId, "wv=1"), (ActivityContext.Parse(p.Trace!.TraceParent, null).TraceId, p.Trace.TraceState)));
    }

    [Fact]
    public async Task TheNotificationDispatchHasTheRequestsTraceId()
    {
        await using var host = await DispatchHost.StartAsync(azurite);
        Activity requestActivity;
        using (requestActivity = ActivityRecorder.StartRequest("POST /api/referrals"))
        {
            await host.CreateAsync();
        }

        await host.Relay.RelayAsync(host.Town.Code, CancellationToken.None);
        var message = NotificationMessage.Parse((await host.Queues.Notifications.PeekMessagesAsync(1)).Value[0].Body.ToString());
        await host.DrainAsync();

        Assert.Equal(requestActivity.Id, message.TraceParent);
        var dispatches = Stopped("DispatchNotification", host.Town.Code.ToLowerInvariant());
        // The mail and the card, children of the request; what their dispatch saves in turn stays in the same trace.
        Assert.Equal(2, dispatches.Count(d => d.ParentSpanId == requestActivity.SpanId));
        Assert.All(dispatches, d => Assert.Equal((requestActivity.TraceId, ActivityKind.Consumer), (d.TraceId, d.Kind)));
    }

    [Fact]
    public async Task TheMeetingTaskFunctionHasTheRequestsTraceIdAndLinksTheInvocation()
    {
        await using var host = await MeetingHost.StartAsync(azurite);
        Activity requestActivity;
        using (requestActivity = ActivityRecorder.StartRequest("POST /api/tab/meetings"))
        {
            await host.Town.PlanAsync();
        }

        await host.Relay.RelayAsync(host.Town.Code, CancellationToken.None);
        var function = new DoMeetingTask(host.Dispatcher);
        var bodies = (await host.Queues.Meetings.ReceiveMessagesAsync(32)).Value.Select(m => m.Body.ToString()).ToList();
        Activity invocation;
        using (invocation = ActivityRecorder.StartRequest("DoMeetingTask invocation"))
        {
            foreach (var body in bodies)
            {
                await function.RunAsync(body, CancellationToken.None);
            }
        }

        var tasks = Stopped("DoMeetingTask", host.Town.Code.ToLowerInvariant());
        Assert.Equal(2, tasks.Count); // the announcement and the calendar event
        Assert.All(tasks, t => Assert.Equal((requestActivity.TraceId, requestActivity.SpanId), (t.TraceId, t.ParentSpanId)));
        Assert.All(tasks, t => Assert.Equal(invocation.Context, Assert.Single(t.Links).Context));
    }

    [Fact]
    public async Task AMessageWithoutTraceContextIsHandledUnderTheCurrentActivity()
    {
        await using var host = await MeetingHost.StartAsync(azurite);
        var meeting = await host.Town.PlanAsync();
        var message = new MeetingTaskMessage(meeting.Id.ToString(), 1, Domain.Meetings.MeetingTaskKind.SyncCalendar, null).ToJson();
        Assert.DoesNotContain("traceParent", message, StringComparison.Ordinal);

        Activity invocation;
        using (invocation = ActivityRecorder.StartRequest("DoMeetingTask invocation"))
        {
            await new DoMeetingTask(host.Dispatcher).RunAsync(message, CancellationToken.None);
        }

        Assert.Single(host.EventRequests());
        var task = Assert.Single(Stopped("DoMeetingTask", host.Town.Code.ToLowerInvariant()));
        Assert.Equal((invocation.TraceId, invocation.SpanId), (task.TraceId, task.ParentSpanId));
    }

    public void Dispose() => recorder.Dispose();

    private List<Activity> Stopped(string operation, string municipality) => recorder.Stopped(operation, municipality);
}
