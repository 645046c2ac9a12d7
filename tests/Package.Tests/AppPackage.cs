using System.IO.Compression;
using System.Text.Json.Nodes;

namespace Wijkverbinder.Package.Tests;

/// <summary>The app package that manifest/package.mjs builds from manifest/env.example, once per test run.</summary>
public sealed class AppPackage : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("wijkverbinder-package").FullName;

    public AppPackage()
    {
        ZipPath = Path.Combine(directory, "app.zip");
        var (exitCode, _, error) = Repo.Run("node", Repo.Root, Path.Combine(Repo.Manifest, "package.mjs"), Path.Combine(Repo.Manifest, "env.example"), ZipPath);
        Assert.True(exitCode == 0, error);
        using var zip = ZipFile.OpenRead(ZipPath);
        Entries = zip.Entries.Select(e => e.FullName).ToList();
        ZipFile.ExtractToDirectory(ZipPath, Path.Combine(directory, "files"));
        Manifest = JsonNode.Parse(File.ReadAllText(FilePath("manifest.json")))!.AsObject();
    }

    public string ZipPath { get; }
    public IReadOnlyList<string> Entries { get; }
    public JsonObject Manifest { get; }

    public string FilePath(string name) => Path.Combine(directory, "files", name);

    public void Dispose() => Directory.Delete(directory, recursive: true);
}
