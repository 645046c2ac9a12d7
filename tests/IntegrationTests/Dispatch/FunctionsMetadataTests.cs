using System.Text.Json;

namespace Wijkverbinder.IntegrationTests.Dispatch;

/// <summary>The Functions host cannot run here; its build output says which functions and triggers it would bind.</summary>
public sealed class FunctionsMetadataTests
{
    [Fact]
    public void TheFunctionsBuildDeclaresTheQueueAndTimerTriggers()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Wijkverbinder.slnx")))
        {
            root = root.Parent;
        }

        Assert.NotNull(root);
        var metadata = Directory.GetFiles(Path.Combine(root.FullName, "src", "Functions", "bin"), "functions.metadata", SearchOption.AllDirectories)
            .OrderByDescending(File.GetLastWriteTimeUtc)
            .First();
        using var document = JsonDocument.Parse(File.ReadAllText(metadata));
        var triggers = document.RootElement.EnumerateArray().ToDictionary(
            f => f.GetProperty("name").GetString()!,
            f => f.GetProperty("bindings")[0]);

        Assert.Equal(["DispatchNotification", "RelayOutbox", "RemindAndEscalate", "WeeklyDigest"], triggers.Keys.Order());
        Assert.Equal("queueTrigger", triggers["DispatchNotification"].GetProperty("type").GetString());
        Assert.Equal("notifications", triggers["DispatchNotification"].GetProperty("queueName").GetString());
        Assert.Equal("storage", triggers["DispatchNotification"].GetProperty("connection").GetString());
        Assert.Equal("0 * * * * *", triggers["RelayOutbox"].GetProperty("schedule").GetString());
        Assert.Equal("0 0 7 * * 1-5", triggers["RemindAndEscalate"].GetProperty("schedule").GetString());
        Assert.Equal("0 0 7 * * 1", triggers["WeeklyDigest"].GetProperty("schedule").GetString());
    }
}
