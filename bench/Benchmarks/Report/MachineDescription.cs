using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

namespace Wijkverbinder.Benchmarks.Report;

/// <summary>What the figures ran on: cores, memory, OS, processor model, .NET and Node versions, load average.</summary>
internal static class MachineDescription
{
    public static string Markdown() => string.Join(Environment.NewLine, new[]
    {
        $"- cores: {Environment.ProcessorCount}; memory: {MemoryGiB():0.0} GiB",
        $"- processor: {ProcLine("/proc/cpuinfo", "model name") ?? "unknown"}",
        $"- OS: {OsName()} (kernel {Environment.OSVersion.Version})",
        $"- .NET: {RuntimeInformation.FrameworkDescription}; Node: {NodeVersion()}",
    });

    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(", ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static double MemoryGiB() =>
        ProcLine("/proc/meminfo", "MemTotal") is { } total ? long.Parse(total.Split(' ')[0], CultureInfo.InvariantCulture) / 1048576.0 : 0;

    private static string? ProcLine(string path, string key) =>
        File.Exists(path)
            ? File.ReadLines(path).Where(l => l.StartsWith(key, StringComparison.Ordinal)).Select(l => l[(l.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim()).FirstOrDefault()
            : null;

    private static string OsName() =>
        File.Exists("/etc/os-release")
            ? File.ReadLines("/etc/os-release").Where(l => l.StartsWith("PRETTY_NAME=", StringComparison.Ordinal)).Select(l => l["PRETTY_NAME=".Length..].Trim('"')).FirstOrDefault() ?? "Linux"
            : RuntimeInformation.OSDescription;

    private static string NodeVersion()
    {
        try
        {
            using var node = Process.Start(new ProcessStartInfo("node", "--version") { RedirectStandardOutput = true, UseShellExecute = false })!;
            var version = node.StandardOutput.ReadToEnd().Trim();
            node.WaitForExit();
            return version;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "not found";
        }
    }
}
