using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Components;
using Microsoft.FluentUI.AspNetCore.Components;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.Domain.Validation;
using Wijkverbinder.TeamsApp.Problems;
using Wijkverbinder.TeamsApp.Referrals;
using Wijkverbinder.TeamsApp.Referrals.Contracts;
using Wijkverbinder.TeamsApp.Tabs.Api.Admin;

namespace Wijkverbinder.TeamsApp.Tabs.Admin;

/// <summary>Imports the municipality's reference data and the colleague directory from pasted JSON (see <see cref="MunicipalityImporter"/>).</summary>
public sealed partial class SetupEditor
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private string? municipalityJson;
    private string? colleaguesJson;
    private string? message;
    private MessageIntent intent;
    private IReadOnlyList<string> errors = [];
    private bool busy;

    [Parameter, EditorRequired]
    public required string MunicipalityCode { get; set; }

    [Parameter]
    public EventCallback OnSaved { get; set; }

    [Inject]
    public required MunicipalityImporter Importer { get; set; }

    [Inject]
    public required INetworkStore Network { get; set; }

    [Inject]
    public required IColleagueDirectory Colleagues { get; set; }

    [Inject]
    public required ApiProblems Problems { get; set; }

    [Inject]
    public required Audit.PageAudit PageAudit { get; set; }

    [Inject]
    public required AdministratorCheck Administrators { get; set; }

    [CascadingParameter]
    public required Identity.TabUser User { get; set; }

    private async Task ImportMunicipalityAsync()
    {
        await RunAsync("admin.municipality", async () =>
        {
            var result = await Importer.ImportAsync(Parse<MunicipalityRequest>(municipalityJson), CancellationToken.None);
            return result.IsValid ? (A["Setup.Municipality.Saved", result.Value!.Areas.Count, result.Value.Districts.Count, result.Value.Themes.Count].Value, []) : (null, result.Errors);
        });
    }

    private async Task ImportColleaguesAsync()
    {
        await RunAsync("admin.colleagues", async () =>
        {
            var municipality = await Network.GetMunicipalityAsync(MunicipalityCode, CancellationToken.None);
            if (municipality is null)
            {
                return (null, [new ValidationError("municipality", ValidationCodes.Required)]);
            }

            // JSON of another shape (an object, a line that is no object, an id that is no text) is refused like any
            // bad input, not thrown at the circuit.
            var parsed = Parse<JsonNode>(colleaguesJson);
            if (parsed is not null and not JsonArray)
            {
                return (null, [new ValidationError("colleagues", ValidationCodes.InvalidFormat)]);
            }

            var lines = parsed as JsonArray ?? [];
            var notObjects = lines.Select((line, i) => (line, i)).Where(l => l.line is not JsonObject).Select(l => new ValidationError($"[{l.i}]", ValidationCodes.InvalidFormat)).ToList();
            if (notObjects.Count > 0)
            {
                return (null, notObjects);
            }

            var read = lines.Select((line, i) => (Index: i, Read: ColleagueCommands.Read(municipality, IdOf(line!), line.Deserialize<ColleagueRequest>(Json)))).ToList();
            var refused = read.SelectMany(r => r.Read.Errors.Select(e => e with { Field = $"[{r.Index}].{e.Field}" })).ToList();
            if (lines.Count == 0 || refused.Count > 0)
            {
                return (null, lines.Count == 0 ? [new ValidationError("colleagues", ValidationCodes.Required)] : refused);
            }

            foreach (var (_, (colleague, _)) in read)
            {
                await Colleagues.SaveAsync(MunicipalityCode, colleague!, CancellationToken.None);
            }

            return (A["Setup.Colleagues.Saved", read.Count].Value, []);
        });
    }

    private async Task RunAsync(string action, Func<Task<(string? Saved, IReadOnlyList<ValidationError> Errors)>> work)
    {
        busy = true;
        try
        {
            if (!await Administrators.StillAdministratorAsync(User, CancellationToken.None))
            {
                await PageAudit.RecordAsync(User, action, "municipality", MunicipalityCode, Domain.Audit.AuditResult.Denied);
                (message, intent, errors) = (A["NoLongerAdministrator"].Value, MessageIntent.Error, []);
                return;
            }

            var (saved, refused) = await work();
            await PageAudit.RecordAsync(User, action, "municipality", MunicipalityCode, saved is null ? Domain.Audit.AuditResult.Failed : Domain.Audit.AuditResult.Allowed);
            errors = [.. refused.Select(e => $"{e.Field}: {Problems.Reason(e)}")];
            (message, intent) = saved is null ? (A["Setup.Refused"].Value, MessageIntent.Error) : (saved, MessageIntent.Success);
            if (saved is not null)
            {
                await OnSaved.InvokeAsync();
            }
        }
        catch (JsonException)
        {
            // Text that is no JSON, or JSON of other types, is refused input like any other: nothing stored, Failed.
            await PageAudit.RecordAsync(User, action, "municipality", MunicipalityCode, Domain.Audit.AuditResult.Failed);
            (message, intent, errors) = (A["Setup.NotJson"].Value, MessageIntent.Error, []);
        }
        finally
        {
            busy = false;
        }
    }

    private static string IdOf(JsonNode line) => line["id"] is JsonValue id && id.TryGetValue<string>(out var text) ? text : string.Empty;

    private static T? Parse<T>(string? json) => string.IsNullOrWhiteSpace(json) ? default : JsonSerializer.Deserialize<T>(json, Json);
}
