namespace Wijkverbinder.DevTools;

/// <summary>Azurite ended before it listened, most likely because one of its ports was taken meanwhile.</summary>
public sealed class AzuriteExitedException(int exitCode)
    : InvalidOperationException($"Azurite exited at start with code {exitCode}.")
{
    public int ExitCode { get; } = exitCode;
}
