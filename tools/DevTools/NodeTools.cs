using System.Reflection;

namespace Wijkverbinder.DevTools;

/// <summary>Where the build installed the npm tools (tools/node_modules).</summary>
public static class NodeTools
{
    public static string Directory { get; } =
        typeof(NodeTools).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "NodeToolsDirectory").Value!;

    public static string AzuriteScript => Path.Combine(Directory, "node_modules", "azurite", "dist", "src", "azurite.js");
}
