using System.Diagnostics;

namespace Wijkverbinder.Benchmarks.BotComparison;

/// <summary>Installs each peer's pinned npm packages (its package-lock.json) with npm ci, when they are missing or older than the lock.</summary>
internal static class PeerPackages
{
    public static async Task EnsureInstalledAsync(IEnumerable<string> folders)
    {
        foreach (var folder in folders)
        {
            var directory = Path.Combine(BotStack.PeersDirectory, folder);
            var installed = Path.Combine(directory, "node_modules", ".package-lock.json");
            if (File.Exists(installed) && File.GetLastWriteTimeUtc(installed) >= File.GetLastWriteTimeUtc(Path.Combine(directory, "package-lock.json")))
            {
                continue;
            }

            Console.WriteLine($"npm ci in bench/peers/{folder} ...");
            var start = new ProcessStartInfo("npm") { WorkingDirectory = directory, UseShellExecute = false };
            foreach (var argument in new[] { "ci", "--no-audit", "--no-fund", "--loglevel=error" })
            {
                start.ArgumentList.Add(argument);
            }

            using var npm = Process.Start(start) ?? throw new InvalidOperationException("npm did not start.");
            await npm.WaitForExitAsync();
            if (npm.ExitCode != 0)
            {
                throw new InvalidOperationException($"npm ci failed in bench/peers/{folder} (exit {npm.ExitCode}).");
            }

            File.SetLastWriteTimeUtc(installed, DateTime.UtcNow);
        }
    }
}
