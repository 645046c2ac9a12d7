using System.Text.RegularExpressions;

namespace Wijkverbinder.Package.Tests;

/// <summary>docs/deploy.md as the tests read it: its table of app settings, its shell commands and the names in its text.</summary>
internal sealed partial class DeployGuide
{
    public const string SettingsHeading = "## App settings";

    public DeployGuide()
    {
        Text = File.ReadAllText(Path.Combine(Repo.Root, "docs", "deploy.md"));
        var lines = Text.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        Settings = ReadSettingsTable(lines);
        Commands = ReadCommands(lines);
    }

    public string Text { get; }

    /// <summary>The settings table: each name (as written, with "__") and the apps the infrastructure sets it on.</summary>
    public IReadOnlyList<(string Name, string SetOn)> Settings { get; }

    /// <summary>Every command in the guide's sh and PowerShell blocks, continuation lines joined.</summary>
    public IReadOnlyList<string> Commands { get; }

    /// <summary>A setting name as .NET configuration sees it: "__" is the section separator ":".</summary>
    public static string ConfigurationKey(string name) => name.Replace("__", ":", StringComparison.Ordinal);

    public IEnumerable<string> SettingNamesInText() => SettingName().Matches(Text).Select(m => m.Value).Distinct(StringComparer.Ordinal);

    public IEnumerable<string> OutputsRead() => OutputName().Matches(Text).Select(m => m.Groups["name"].Value).Distinct(StringComparer.Ordinal);

    public static IEnumerable<string> PathsIn(string command) => RepoPath().Matches(command).Select(m => m.Value.TrimEnd('.'));

    private static List<(string, string)> ReadSettingsTable(List<string> lines)
    {
        var start = lines.IndexOf(SettingsHeading);
        Assert.True(start >= 0, $"docs/deploy.md has no section '{SettingsHeading}'");
        var rows = lines.Skip(start + 1).TakeWhile(l => !l.StartsWith("## ", StringComparison.Ordinal))
            .Where(l => l.StartsWith('|')).Skip(2) // the header and its separator
            .Select(l => l.Trim('|').Split('|'));
        return [.. rows.SelectMany(cells => Backticked().Matches(cells[0]).Select(m => (m.Groups["name"].Value, cells[1].Trim())))];
    }

    private static List<string> ReadCommands(List<string> lines)
    {
        var commands = new List<string>();
        var inShell = false;
        var current = string.Empty;
        foreach (var line in lines)
        {
            if (line.StartsWith("```", StringComparison.Ordinal))
            {
                inShell = !inShell && line.Trim() is "```sh" or "```bash" or "```powershell";
                continue;
            }

            if (!inShell || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            current += line.TrimEnd('\\', '`', ' ').Trim() + " ";
            if (!line.EndsWith('\\') && !line.EndsWith('`'))
            {
                commands.Add(current.Trim());
                current = string.Empty;
            }
        }

        return commands;
    }

    [GeneratedRegex("`(?<name>[A-Za-z_][A-Za-z0-9_]*)`")]
    private static partial Regex Backticked();

    [GeneratedRegex(@"\b[A-Za-z][A-Za-z0-9]*__[A-Za-z][A-Za-z0-9_]*\b")]
    private static partial Regex SettingName();

    [GeneratedRegex(@"outputs\.(?<name>\w+)")]
    private static partial Regex OutputName();

    [GeneratedRegex(@"(?<![\w/.-])(?:src|infra|manifest|tests|tools|docs|artifacts)/[\w./*-]*")]
    private static partial Regex RepoPath();
}
