namespace Wijkverbinder.TeamsApp.DevGraph;

/// <summary>An event as Graph answers it (the fields the app reads, and a few to look at).</summary>
public static class DevEventJson
{
    public static Dictionary<string, object?> Of(DevEvent e) => new()
    {
        ["id"] = e.Id,
        ["transactionId"] = e.TransactionId,
        ["subject"] = e.Subject,
        ["isOnlineMeeting"] = e.Online,
        ["onlineMeeting"] = e.JoinUrl is null ? null : new Dictionary<string, object?> { ["joinUrl"] = e.JoinUrl },
        ["start"] = new Dictionary<string, object?> { ["dateTime"] = e.Start, ["timeZone"] = e.TimeZone },
        ["end"] = new Dictionary<string, object?> { ["dateTime"] = e.End, ["timeZone"] = e.TimeZone },
        ["isCancelled"] = e.Cancelled,
    };
}
