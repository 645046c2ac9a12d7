namespace Wijkverbinder.IntegrationTests.Security;

/// <summary>The repository's files, found from the test's output folder upwards (the folder holding Wijkverbinder.slnx).</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Wijkverbinder.slnx")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (Wijkverbinder.slnx) was not found above " + AppContext.BaseDirectory);
    }
}
