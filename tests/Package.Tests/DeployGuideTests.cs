using System.Text.RegularExpressions;
using Wijkverbinder.ServiceDefaults;

namespace Wijkverbinder.Package.Tests;

/// <summary>
/// docs/deploy.md against the code and the infrastructure: the guide names only settings the code reads, the code reads
/// only settings the guide names, the infrastructure sets on each app exactly what the guide says, and every command
/// in the guide points at files that exist.
/// </summary>
public sealed partial class DeployGuideTests(CompiledTemplate template) : IClassFixture<CompiledTemplate>
{
    private readonly DeployGuide guide = new();

    [Fact]
    public void Every_setting_in_the_guide_is_read_by_the_code()
    {
        var unread = guide.Settings.Select(s => s.Name).Where(n => !CodeSettings.Keys.Contains(DeployGuide.ConfigurationKey(n))).ToList();
        Assert.True(unread.Count == 0, "named in docs/deploy.md, read by no code: " + string.Join(", ", unread));
    }

    [Fact]
    public void Every_setting_the_code_reads_is_in_the_guide()
    {
        var named = guide.Settings.Select(s => DeployGuide.ConfigurationKey(s.Name)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var missing = CodeSettings.Keys.Where(k => !named.Contains(k)).Order(StringComparer.Ordinal).ToList();
        Assert.True(missing.Count == 0, "read by the code, missing from docs/deploy.md: " + string.Join(", ", missing));
    }

    [Fact]
    public void Every_options_class_bound_to_configuration_is_collected()
    {
        Assert.Contains("WijkverbinderOptions", CodeSettings.BoundTypeNames);
        var known = CodeSettings.OptionsTypes.Keys.Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
        Assert.DoesNotContain(CodeSettings.BoundTypeNames, n => !known.Contains(n));
    }

    [Fact]
    public void Every_setting_named_anywhere_in_the_guide_is_in_its_table()
    {
        // Case does not matter to App Service or .NET: storage__queueServiceUri is Storage__QueueServiceUri.
        var table = guide.Settings.Select(s => s.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        Assert.DoesNotContain(guide.SettingNamesInText(), n => !table.Contains(n));
    }

    [Theory]
    [InlineData("app,linux", "TeamsApp")]
    [InlineData("functionapp,linux", "Functions")]
    public void Infrastructure_sets_on_each_app_exactly_what_the_guide_says(string kind, string app)
    {
        var expected = guide.Settings.Where(s => s.SetOn.Contains(app, StringComparison.Ordinal) || s.SetOn == "both apps")
            .Select(s => s.Name).Order(StringComparer.Ordinal);
        Assert.Equal(expected, SettingsOf(kind).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("app,linux")]
    [InlineData("functionapp,linux")]
    public void Each_app_sends_telemetry_to_application_insights_and_has_no_two_settings_differing_only_in_case(string kind)
    {
        var settings = SettingsOf(kind);
        Assert.Contains(ServiceDefaultsExtensions.ApplicationInsightsSetting, settings);
        Assert.Equal(settings.Count, settings.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void Every_path_in_the_guides_commands_exists_or_is_made_by_an_earlier_command()
    {
        var made = new HashSet<string>(StringComparer.Ordinal);
        var checkedPaths = 0;
        foreach (var command in guide.Commands)
        {
            var words = command.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words[0] is "az" or "node" or "dotnet")
            {
                foreach (var path in DeployGuide.PathsIn(command))
                {
                    checkedPaths++;
                    var exists = File.Exists(Path.Combine(Repo.Root, path)) || Directory.Exists(Path.Combine(Repo.Root, path));
                    Assert.True(exists || made.Contains(path) || path.StartsWith("artifacts/", StringComparison.Ordinal),
                        $"docs/deploy.md: '{command}' names {path}, which is not in the repository");
                }
            }

            if (words[0] == "cp")
            {
                made.Add(words[^1]);
            }
        }

        Assert.True(checkedPaths >= 8, $"only {checkedPaths} paths in the guide's commands");
    }

    [Fact]
    public void Every_deployment_output_the_guide_reads_is_an_output_of_main_bicep()
    {
        var outputs = template.Json["outputs"]!.AsObject().Select(o => o.Key).ToHashSet(StringComparer.Ordinal);
        var read = guide.OutputsRead().ToList();
        Assert.NotEmpty(read);
        Assert.All(read, name => Assert.Contains(name, outputs));
    }

    [Fact]
    public void Readme_links_the_guide_and_keeps_its_two_commands()
    {
        var readme = File.ReadAllText(Path.Combine(Repo.Root, "README.md"));
        Assert.Contains("docs/deploy.md", readme, StringComparison.Ordinal);
        Assert.Contains("dotnet run --project src/AppHost", readme, StringComparison.Ordinal);
        Assert.Contains("\ndotnet test\n", readme, StringComparison.Ordinal);
    }

    /// <summary>The app settings of a site in the compiled template: the names in its appSettings expression.</summary>
    private List<string> SettingsOf(string kind)
    {
        var site = Assert.Single(template.OfType("Microsoft.Web/sites"), s => s["kind"]!.GetValue<string>() == kind);
        var expression = site["properties"]!["siteConfig"]!["appSettings"]!.GetValue<string>();
        return [.. SettingNameInExpression().Matches(expression).Select(m => m.Groups["name"].Value)];
    }

    [GeneratedRegex("createObject\\('name', '(?<name>[^']+)'")]
    private static partial Regex SettingNameInExpression();
}
