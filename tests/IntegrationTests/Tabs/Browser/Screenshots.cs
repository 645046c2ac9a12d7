using Microsoft.Playwright;

namespace Wijkverbinder.IntegrationTests.Tabs.Browser;

/// <summary>
/// Screenshots of the tab pages, kept as test artifacts in TestResults/screenshots at the repository root (not in
/// git), named page-theme.png, so a reviewer can see each page in each theme after a test run.
/// </summary>
public static class Screenshots
{
    public static readonly string Directory = Path.Combine(RepositoryRoot(), "TestResults", "screenshots");

    public static async Task<string> SaveAsync(IPage page, string name)
    {
        System.IO.Directory.CreateDirectory(Directory);
        var path = Path.Combine(Directory, name + ".png");
        await page.ScreenshotAsync(new() { Path = path, FullPage = true });
        return path;
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Wijkverbinder.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? AppContext.BaseDirectory;
    }
}
