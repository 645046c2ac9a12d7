using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Localization;
using Wijkverbinder.Domain.Privacy;
using Wijkverbinder.TeamsApp.Resources;

namespace Wijkverbinder.TeamsApp.Tabs.Api.Admin;

/// <summary>
/// The JSON document of an access request (art. 15 AVG): the person as found, notes on what cannot be linked to them,
/// and every record that holds them, grouped by record type, each with what an erasure would do with it.
/// </summary>
public static class SubjectExportDocument
{
    public const string MimeType = "application/json";

    public static JsonObject Of(SubjectExport export, IStringLocalizer<SubjectTexts> text)
    {
        ArgumentNullException.ThrowIfNull(export);
        ArgumentNullException.ThrowIfNull(text);
        var records = new JsonObject();
        foreach (var type in export.Records.GroupBy(r => r.RecordType).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            records[type.Key] = new JsonArray([.. type.Select(Record)]);
        }

        return new JsonObject
        {
            ["municipality"] = export.Subject.Municipality,
            ["exportedAt"] = export.ExportedAt.ToString("O", CultureInfo.InvariantCulture),
            ["subject"] = new JsonObject
            {
                ["ids"] = Strings(export.Subject.Ids),
                ["emails"] = Strings(export.Subject.Mails),
                ["names"] = Strings(export.Subject.Names),
            },
            ["notes"] = Strings([text["Export.Feedback"], text["Export.Audit"], text["Export.Fates"]]),
            ["records"] = records,
        };
    }

    public static string FileName(DateTimeOffset at) => $"wijkverbinder-inzage-{at:yyyyMMdd-HHmmss}.json";

    public static string Serialize(JsonObject document) => document.ToJsonString(new JsonSerializerOptions { WriteIndented = true });

    private static JsonObject Record(SubjectRecord record)
    {
        var fields = new JsonObject();
        foreach (var (name, value) in record.Fields)
        {
            fields[name] = value;
        }

        return new JsonObject { ["key"] = record.Key, ["onErasure"] = record.Fate.ToString(), ["fields"] = fields };
    }

    private static JsonArray Strings(IEnumerable<string> values) => new([.. values.Select(v => (JsonNode?)JsonValue.Create(v))]);
}
