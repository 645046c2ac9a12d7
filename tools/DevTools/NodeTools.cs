using System.Reflection;

namespace Wijkverbinder.DevTools;

/// <summary>Where the build installed the npm tools (tools/node_modules).</summary>
public static class NodeTools
{
    public static string Directory { get; } =
        typeof(NodeTools).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "NodeToolsDirectory").Value!;

    public static string AzuriteScript => Path.Combine(Directory, "node_modules", "azurite", "dist", "src", "azurite.js");

    /// <summary>The Microsoft 365 Agents Playground CLI (npm @microsoft/m365agentsplayground).</summary>
    public static string PlaygroundScript => Path.Combine(Directory, "node_modules", "@microsoft", "m365agentsplayground", "cli.js");
}
