using System.Text.Json;
using System.Text.Json.Serialization;

namespace Wijkverbinder.TeamsApp.DemoData;

/// <summary>The shape of arnhem.json: public facts about the demo municipality.</summary>
internal sealed record MunicipalityFacts(
    MunicipalityFacts.Head Municipality,
    IReadOnlyList<MunicipalityFacts.AreaFact> Areas,
    IReadOnlyList<MunicipalityFacts.DistrictFact> Districts,
    IReadOnlyList<string> ExampleThemes,
    IReadOnlyList<MunicipalityFacts.OrganisationFact> PublicOrganisations)
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static MunicipalityFacts LoadArnhem()
    {
        using var stream = typeof(MunicipalityFacts).Assembly.GetManifestResourceStream("Wijkverbinder.DemoData.arnhem.json")
            ?? throw new InvalidOperationException("The demo data resource is missing from the assembly.");
        return JsonSerializer.Deserialize<MunicipalityFacts>(stream, Options)
            ?? throw new InvalidOperationException("The demo data resource is empty.");
    }

    internal sealed record Head(string Code, string Name);

    internal sealed record AreaFact(string Key, string Name, IReadOnlyList<string> Districts);

    internal sealed record DistrictFact(string Code, string Name, bool Inferred);

    internal sealed record OrganisationFact(string Name, string Kind, string? District, string? Area, [property: JsonPropertyName("note")] string? Note);
}
