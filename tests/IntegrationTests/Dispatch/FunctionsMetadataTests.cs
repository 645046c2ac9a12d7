using System.Text.Json;

namespace Wijkverbinder.IntegrationTests.Dispatch;

/// <summary>
/// The functions.metadata the Functions build writes (what the host indexes; copied next to these tests): the
/// expected functions, their triggers, queue and schedules.
/// </summary>
public sealed class FunctionsMetadataTests
{
    [Fact]
    public void TheBuildListsTheFunctionsWithTheirTriggers()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Functions", "functions.metadata");
        Assert.True(File.Exists(path), $"{path} is missing: the Functions build did not write functions.metadata");
        using var json = JsonDocument.Parse(File.ReadAllText(path));

        var triggers = json.RootElement.EnumerateArray().ToDictionary(
            f => f.GetProperty("name").GetString()!,
            f => Assert.Single(f.GetProperty("bindings").EnumerateArray(), b => b.GetProperty("type").GetString()!.EndsWith("Trigger", StringComparison.Ordinal)));

        Assert.Equal(["ApplyRetention", "CheckAuditIntegrity", "DispatchNotification", "DispatchProgrammeCard", "DoMeetingTask", "PostMonthlySuccesses", "RefreshDashboards", "RelayOutbox", "RemindAndEscalate", "RemindMeetingRhythm", "SendBookingCard", "WeeklyDigest"], triggers.Keys.Order(StringComparer.Ordinal));
        var queue = triggers["DispatchNotification"];
        Assert.Equal("queueTrigger", queue.GetProperty("type").GetString());
        Assert.Equal("notifications", queue.GetProperty("queueName").GetString());
        Assert.Equal("storage", queue.GetProperty("connection").GetString());
        var meetings = triggers["DoMeetingTask"];
        Assert.Equal("queueTrigger", meetings.GetProperty("type").GetString());
        Assert.Equal("meetings", meetings.GetProperty("queueName").GetString());
        Assert.Equal("storage", meetings.GetProperty("connection").GetString());
        var programme = triggers["DispatchProgrammeCard"];
        Assert.Equal(("queueTrigger", "programme", "storage"), (programme.GetProperty("type").GetString(), programme.GetProperty("queueName").GetString(), programme.GetProperty("connection").GetString()));
        Assert.Equal(("timerTrigger", "0 0 7 * * *"), Timer(triggers["PostMonthlySuccesses"]));
        Assert.Equal("bookings", triggers["SendBookingCard"].GetProperty("queueName").GetString());
        Assert.Equal(("timerTrigger", "0 * * * * *"), Timer(triggers["RelayOutbox"]));
        Assert.Equal(("timerTrigger", "0 0 7 * * 1-5"), Timer(triggers["RemindAndEscalate"]));
        Assert.Equal(("timerTrigger", "0 */5 * * * *"), Timer(triggers["RefreshDashboards"]));
        Assert.Equal(("timerTrigger", "0 0 7 * * 1"), Timer(triggers["WeeklyDigest"]));
        Assert.Equal(("timerTrigger", "0 0 7 * * *"), Timer(triggers["RemindMeetingRhythm"]));
        Assert.Equal(("timerTrigger", "0 0 1 * * *"), Timer(triggers["CheckAuditIntegrity"]));
        Assert.Equal(("timerTrigger", "0 0 2 * * *"), Timer(triggers["ApplyRetention"]));
        Assert.All(json.RootElement.EnumerateArray(), f => Assert.Equal("Wijkverbinder.Functions.dll", f.GetProperty("scriptFile").GetString()));
    }

    private static (string Type, string Schedule) Timer(JsonElement binding) =>
        (binding.GetProperty("type").GetString()!, binding.GetProperty("schedule").GetString()!);
}
