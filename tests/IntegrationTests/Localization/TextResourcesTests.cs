using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Wijkverbinder.Domain.Validation;
using Wijkverbinder.IntegrationTests.Security;

namespace Wijkverbinder.IntegrationTests.Localization;

/// <summary>
/// User-facing text is Dutch first and English second, from resource files: every Dutch resx has its English twin with
/// the same keys, no empty text and the same placeholders, and every reason an input can be refused has its message.
/// </summary>
public sealed partial class TextResourcesTests
{
    public static TheoryData<string> DutchFiles() =>
        [.. Directory.EnumerateFiles(Path.Combine(RepositoryFiles.Root, "src"), "*.resx", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith(".en.resx", StringComparison.Ordinal) && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal) && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(RepositoryFiles.Root, f))
            .Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(DutchFiles))]
    public void EveryDutchTextHasAnEnglishOneWithTheSamePlaceholders(string dutchFile)
    {
        var dutch = Read(dutchFile);
        var english = Read(dutchFile[..^".resx".Length] + ".en.resx");

        Assert.Equal(dutch.Keys.Order(StringComparer.Ordinal), english.Keys.Order(StringComparer.Ordinal));
        Assert.All(dutch, text =>
        {
            Assert.False(string.IsNullOrWhiteSpace(text.Value), $"{text.Key} is empty");
            Assert.False(string.IsNullOrWhiteSpace(english[text.Key]), $"{text.Key} is empty in English");
            Assert.True(Placeholders(text.Value).SetEquals(Placeholders(english[text.Key])), $"{text.Key}: '{text.Value}' and '{english[text.Key]}' have other placeholders");
        });
    }

    [Fact]
    public void EveryReasonToRefuseInputHasItsMessage()
    {
        var codes = typeof(ValidationCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).ToList();
        var messages = Read(Path.Combine("src", "TeamsApp", "Resources", "ApiMessages.resx"));

        Assert.Contains(ValidationCodes.ControlCharacters, codes);
        var missing = codes.Where(c => !messages.ContainsKey(c)).ToList();
        Assert.True(missing.Count == 0, "Without a message in ApiMessages.resx: " + string.Join(", ", missing));
    }

    [Fact]
    public void EveryRefusalMadeWithoutArgumentsHasAMessageThatNamesNone()
    {
        // "'{0}' is geen bekende collega" made as new("to", UnknownColleague) read as "'' is geen bekende collega"; before
        // Reasons it failed the request. Every refusal in the code that passes no arguments must have a message without {0}.
        var messages = Read(Path.Combine("src", "TeamsApp", "Resources", "ApiMessages.resx"));
        var wrong = Directory.EnumerateFiles(Path.Combine(RepositoryFiles.Root, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (File: f, Number: i + 1, Line: line)))
            .SelectMany(l => RefusalWithoutArguments().Matches(l.Line).Select(m => (l.File, l.Number, Code: m.Groups[1].Value)))
            .Where(r => messages.TryGetValue(r.Code, out var message) && Placeholders(message).Count > 0)
            .Select(r => $"{Path.GetRelativePath(RepositoryFiles.Root, r.File)}:{r.Number} {r.Code}")
            .ToList();

        Assert.True(wrong.Count == 0, "Refusals whose message names arguments they do not pass:\n" + string.Join("\n", wrong));
    }

    private static Dictionary<string, string> Read(string relativePath) =>
        XDocument.Load(Path.Combine(RepositoryFiles.Root, relativePath)).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? string.Empty, StringComparer.Ordinal);

    private static HashSet<string> Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Groups[1].Value)];

    [GeneratedRegex(@"\{(\d+)(?:[,:][^}]*)?\}")]
    private static partial Regex Placeholder();

    /// <summary>new("field", ValidationCodes.Code) or new ValidationError(field, ValidationCodes.Code): no arguments after the code.</summary>
    [GeneratedRegex(@"new(?: ValidationError)?\((?:\$?""[^""]*""|[\w.]+), (?:Domain\.Validation\.)?ValidationCodes\.(\w+)\)")]
    private static partial Regex RefusalWithoutArguments();
}
