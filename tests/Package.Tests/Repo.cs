using System.Diagnostics;
using System.Reflection;

namespace Wijkverbinder.Package.Tests;

/// <summary>Paths of the repository and the tools the build restored, and a way to run them.</summary>
internal static class Repo
{
    public static string Root { get; } = Metadata("RepoRoot");
    public static string Bicep { get; } = Metadata("BicepPath");
    public static string Manifest => Path.Combine(Root, "manifest");
    public static string Infra => Path.Combine(Root, "infra");
    public static string NodeModules => Path.Combine(Root, "tools", "node_modules");

    public static (int ExitCode, string Output, string Error) Run(string file, string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo(file) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, output.Result, error.Result);
    }

    private static string Metadata(string key) =>
        typeof(Repo).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;
}
