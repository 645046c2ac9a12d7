using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using Wijkverbinder.DevTools;

namespace Wijkverbinder.Benchmarks.BotComparison;

/// <summary>A bot stack under test: its name in the tables and how to start it on a port.</summary>
internal sealed record BotStack(string Name, string ShortName, Func<int, ProcessStartInfo> StartInfo)
{
    public static string PeersDirectory => Path.GetFullPath(Path.Combine(NodeTools.Directory, "..", "bench", "peers"));

    /// <summary>The TeamsApp in a process of its own (this benchmark started with "serve-bot"), with the Web SDK's server GC.</summary>
    public static BotStack Wijkverbinder(string storageConnectionString) => new("Wijkverbinder (.NET 10, own Activity protocol)", "Wijkverbinder", port =>
    {
        var self = Environment.ProcessPath!;
        var start = new ProcessStartInfo(self);
        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            start.ArgumentList.Add(Assembly.GetExecutingAssembly().Location);
        }

        foreach (var argument in new[] { "serve-bot", storageConnectionString, port.ToString(System.Globalization.CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(argument);
        }

        // The TeamsApp ships on the Web SDK, whose default is the server GC; this console host would otherwise use the workstation GC.
        start.Environment["DOTNET_gcServer"] = "1";
        return start;
    });

    public static BotStack BotBuilder { get; } = Peer("Bot Framework SDK for JavaScript (botbuilder 4.23.3)", "botbuilder", "botbuilder");

    public static BotStack TeamsSdk { get; } = Peer("Teams SDK for TypeScript (@microsoft/teams.apps 2.1.0)", "teams.apps", "teams-sdk");

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static BotStack Peer(string name, string shortName, string folder) => new(name, shortName, port =>
    {
        var start = new ProcessStartInfo("node") { WorkingDirectory = Path.Combine(PeersDirectory, folder) };
        start.ArgumentList.Add("bot.js");
        start.Environment["PORT"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["NODE_ENV"] = "production";
        return start;
    });
}
