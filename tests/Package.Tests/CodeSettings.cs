using System.Reflection;
using System.Text.RegularExpressions;
using Wijkverbinder.Protocol.Authentication;
using Wijkverbinder.Protocol.Hosting;
using Wijkverbinder.ServiceDefaults;
using Wijkverbinder.Storage;

namespace Wijkverbinder.Package.Tests;

/// <summary>
/// Every configuration key the apps read, in .NET's "Section:Key" form: the properties of the options classes (found by
/// reflection: a class with a <c>Section</c> constant, bound to that section), the keys the code reads directly (found
/// in the source), and the settings the Functions host reads for the queue trigger's identity-based connection.
/// </summary>
internal static partial class CodeSettings
{
    /// <summary>Options bound to a section without a Section constant of their own: the bot endpoint's limits share "Bot".</summary>
    private static readonly Dictionary<Type, string> SectionsOfOptionsWithoutConstant = new()
    {
        [typeof(BotEndpointOptions)] = BotAuthenticationOptions.Section,
    };

    /// <summary>The options classes, found in the TeamsApp and every Wijkverbinder assembly it references.</summary>
    public static IReadOnlyDictionary<Type, string> OptionsTypes { get; } = FindOptionsTypes();

    /// <summary>Names of the types the source binds to a configuration section (AddOptions&lt;T&gt;().Bind, Configure&lt;T&gt;(GetSection), Get&lt;T&gt;).</summary>
    public static IReadOnlySet<string> BoundTypeNames { get; } =
        SourceFiles().SelectMany(text => BoundType().Matches(text)).Select(m => m.Groups["type"].Value).ToHashSet(StringComparer.Ordinal);

    /// <summary>The keys, collected after the options types above (static initialisers run in the order written).</summary>
    public static IReadOnlySet<string> Keys { get; } = Collect();

    private static Dictionary<Type, string> FindOptionsTypes()
    {
        var app = typeof(Program).Assembly;
        var assemblies = app.GetReferencedAssemblies().Where(a => a.Name!.StartsWith("Wijkverbinder.", StringComparison.Ordinal))
            .Select(Assembly.Load).Prepend(app);
        var found = assemblies.SelectMany(a => a.GetTypes())
            .Select(t => (Type: t, Section: t.GetField("Section", BindingFlags.Public | BindingFlags.Static)))
            .Where(t => t.Section is { IsLiteral: true } && t.Section.FieldType == typeof(string))
            .ToDictionary(t => t.Type, t => (string)t.Section!.GetRawConstantValue()!);
        foreach (var (type, section) in SectionsOfOptionsWithoutConstant)
        {
            found.Add(type, section);
        }

        return found;
    }

    private static HashSet<string> Collect()
    {
        var keys = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (type, section) in OptionsTypes)
        {
            AddProperties(type, section, keys, depth: 0);
        }

        // Read directly: literal keys in the source, the storage connection string, and the telemetry settings.
        keys.UnionWith(SourceFiles().SelectMany(text => DirectRead().Matches(text)).Select(m => m.Groups["key"].Value));
        keys.Add($"ConnectionStrings:{StorageSettings.ConnectionName}");
        keys.Add(ServiceDefaultsExtensions.ApplicationInsightsSetting);
        keys.Add(ServiceDefaultsExtensions.OtlpEndpointSetting);
        keys.Add(ServiceDefaultsExtensions.ServiceNameSetting);

        // The Functions host: its own storage, and each queue trigger connection by managed identity.
        keys.Add("AzureWebJobsStorage:accountName");
        keys.UnionWith(SourceFiles().SelectMany(text => TriggerConnection().Matches(text)).Select(m => $"{m.Groups["name"].Value}:queueServiceUri"));
        return keys;
    }

    /// <summary>A simple property or a list of simple values is one key; a nested options object adds its own keys under its name.</summary>
    private static void AddProperties(Type type, string prefix, HashSet<string> keys, int depth)
    {
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod is { IsPublic: true }))
        {
            var key = $"{prefix}:{property.Name}";
            if (IsSimple(property.PropertyType) || IsListOfSimple(property.PropertyType))
            {
                keys.Add(key);
            }
            else
            {
                Assert.True(depth < 2 && property.PropertyType.IsClass, $"{type.Name}.{property.Name}: options nested this way are not collected");
                AddProperties(property.PropertyType, key, keys, depth + 1);
            }
        }
    }

    private static bool IsListOfSimple(Type type) =>
        type != typeof(string) && type.GetInterfaces().Append(type)
            .Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>) && IsSimple(i.GetGenericArguments()[0]));

    private static bool IsSimple(Type type)
    {
        var inner = Nullable.GetUnderlyingType(type) ?? type;
        return inner.IsPrimitive || inner.IsEnum || inner == typeof(string) || inner == typeof(TimeSpan) || inner == typeof(Uri);
    }

    private static IEnumerable<string> SourceFiles() =>
        Directory.EnumerateFiles(Path.Combine(Repo.Root, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(File.ReadAllText);

    [GeneratedRegex("""[Cc]onfiguration\["(?<key>[^"]+)"\]""")]
    private static partial Regex DirectRead();

    [GeneratedRegex("""AddOptions<(?<type>\w+)>\(\)\.Bind\(|Configure<(?<type>\w+)>\([\w.]*GetSection\(|GetSection\([^)]*\)\.Get<(?<type>\w+)>""")]
    private static partial Regex BoundType();

    [GeneratedRegex("""QueueTrigger\([^)]*Connection\s*=\s*"(?<name>[^"]+)"\)""")]
    private static partial Regex TriggerConnection();
}
