using System.Text.RegularExpressions;

namespace Wijkverbinder.IntegrationTests.Security;

/// <summary>
/// No secret in a configuration file of the repository: the app signs in to storage, Graph and the Bot Connector
/// with managed identity (infra/), and a local secret belongs in user secrets, not in git. Not even Azurite's
/// well-known development key: the local connection string comes from the app host and the tests at run time.
/// </summary>
public sealed partial class SecretsInConfigurationTests
{
    [Fact]
    public void TheConfigurationFilesExistSoTheScanCoversThem()
    {
        var files = ConfigurationFiles();

        Assert.Contains(files, f => f.EndsWith(Path.Combine("TeamsApp", "appsettings.json"), StringComparison.Ordinal));
        Assert.Contains(files, f => f.EndsWith(".bicepparam", StringComparison.Ordinal));
        Assert.Contains(files, f => f.EndsWith("env.example", StringComparison.Ordinal));
    }

    [Fact]
    public void NoConfigurationFileHoldsASecret()
    {
        var found = ConfigurationFiles()
            .SelectMany(file => File.ReadLines(file).Select((line, index) => (file, line, number: index + 1)))
            .Where(l => Secret().IsMatch(l.line))
            .Select(l => $"{Path.GetRelativePath(RepositoryFiles.Root, l.file)}:{l.number}: {l.line.Trim()}")
            .ToList();

        Assert.Empty(found);
    }

    [Theory]
    [InlineData("\"ConnectionStrings\": { \"storage\": \"DefaultEndpointsProtocol=https;AccountName=x;AccountKey=abc123==\" }")]
    [InlineData("\"ClientSecret\": \"Qx8Q~abcdefghijklmnopqrstuvwxyz0123456\"")]
    [InlineData("param botPassword = 'hunter2hunter2'")]
    [InlineData("BOT_PASSWORD=s3cr3t-value")]
    [InlineData("\"Endpoint=sb://x.servicebus.windows.net/;SharedAccessKeyName=root;SharedAccessKey=abc=\"")]
    [InlineData("\"storage\": \"BlobEndpoint=https://x.blob.core.windows.net/?sv=2024-01-01&sig=abcdef%3D\"")]
    public void TheScanRecognisesASecret(string line) => Assert.Matches(Secret(), line);

    [Theory]
    [InlineData("\"ClientId\": \"5d7b2c1e-8f4a-4f6b-9c3d-2a1e0b9f8c71\"")]
    [InlineData("param ssoClientId = '00000000-0000-0000-0000-000000000000'")]
    [InlineData("\"SenderMailbox\": \"wijkverbinder@arnhem.example\"")]
    public void TheScanLetsOrdinarySettingsBe(string line) => Assert.DoesNotMatch(Secret(), line);

    private static List<string> ConfigurationFiles() =>
    [
        .. Directory.EnumerateFiles(Path.Combine(RepositoryFiles.Root, "src"), "appsettings*.json", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)),
        .. Directory.EnumerateFiles(Path.Combine(RepositoryFiles.Root, "infra"), "*.bicepparam"),
        Path.Combine(RepositoryFiles.Root, "manifest", "env.example"),
    ];

    /// <summary>
    /// A storage or Service Bus key, a SAS signature, or a setting named like a secret (secret, password, key,
    /// credential) with a value: what would let someone in.
    /// </summary>
    [GeneratedRegex(@"AccountKey=|SharedAccessKey=|[?&]sig=|(secret|password|passwd|pwd|apikey|api_key|credential)[\w-]*[""']?\s*[:=]\s*[""']?[^\s""',}]+", RegexOptions.IgnoreCase)]
    private static partial Regex Secret();
}
