using Wijkverbinder.DevTools;

namespace Wijkverbinder.AppHost;

internal static class PlaygroundResourceExtensions
{
    public const int Port = 56150;

    /// <summary>
    /// Microsoft 365 Agents Playground, the local Teams client, talking to the bot at <paramref name="botEndpoint"/>.
    /// Headless (no browser of its own, no telemetry); open http://localhost:56150 to chat with the bot.
    /// </summary>
    public static IResourceBuilder<ExecutableResource> AddAgentsPlayground(this IDistributedApplicationBuilder builder, string name, string botEndpoint)
    {
        var cli = Path.Combine(NodeTools.Directory, "node_modules", "@microsoft", "m365agentsplayground", "cli.js");
        return builder.AddExecutable(name, "node", NodeTools.Directory, [cli, "--app-endpoint", botEndpoint, "--channel-id", "msteams", "--port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--disable-telemetry"])
            .WithEnvironment("TEAMSAPPTESTER_BROWSER", "none")
            .WithHttpEndpoint(port: Port, name: "http", isProxied: false)
            .WithUrlForEndpoint("http", url => url.DisplayText = "Agents Playground (chat with the bot)")
            .WithHttpHealthCheck("/", endpointName: "http");
    }
}
