using Microsoft.AspNetCore.Components;
using Wijkverbinder.Domain.Bookings;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.Domain.Validation;
using Wijkverbinder.TeamsApp.Audit;
using Wijkverbinder.TeamsApp.Problems;
using Wijkverbinder.TeamsApp.Tabs.Identity;

namespace Wijkverbinder.TeamsApp.Tabs.Bookings;

/// <summary>Reads the form as the API reads its body, asks <see cref="BookingService.RegisterResourceAsync"/>, and shows each refusal at its field.</summary>
public sealed partial class ResourceRegistrationForm
{
    private static readonly string[] FieldsShown = ["name", "description", "area", "approver"];

    private string? name;
    private string? description;
    private string? area;
    private string? approver;
    private IReadOnlyList<ValidationError> errors = [];

    [Parameter, EditorRequired]
    public required Municipality Municipality { get; set; }

    /// <summary>The colleague directory; the approver is chosen from its wijkmanagers.</summary>
    [Parameter, EditorRequired]
    public required IReadOnlyList<Colleague> Colleagues { get; set; }

    [Parameter]
    public EventCallback<SharedResource> OnRegistered { get; set; }

    [Inject]
    public required BookingService Bookings { get; set; }

    [Inject]
    public required ApiProblems Problems { get; set; }

    [Inject]
    public required PageAudit PageAudit { get; set; }

    [CascadingParameter]
    public required TabUser User { get; set; }

    private IEnumerable<Colleague> Approvers => Colleagues.Where(c => c.Has(AppRole.DistrictManager)).OrderBy(c => c.Name, StringComparer.CurrentCulture);

    /// <summary>Refusals without a field on the form (the actor).</summary>
    private List<string> Others => [.. errors.Where(e => !FieldsShown.Contains(e.Field)).Select(Problems.Reason)];

    private List<string> ErrorsAt(string field) => [.. errors.Where(e => e.Field == field).Select(Problems.Reason)];

    private string? Invalid(string field) => errors.Any(e => e.Field == field) ? "true" : null;

    private string? ErrorId(string field) => errors.Any(e => e.Field == field) ? $"new-resource-{field}-error" : null;

    private async Task RegisterAsync()
    {
        // No area: the whole municipality. An id that does not parse is refused as the API refuses it.
        var input = new List<ValidationError>();
        AreaId? areaId = null;
        if (!string.IsNullOrEmpty(area))
        {
            areaId = AreaId.TryParse(area, out var parsed) ? parsed : null;
            if (areaId is null)
            {
                input.Add(new("area", ValidationCodes.InvalidFormat));
            }
        }

        ColleagueId? approverId = ColleagueId.TryParse(approver, out var a) ? a : null;
        var result = input.Count > 0
            ? Result<SharedResource>.Refused(input)
            : await Bookings.RegisterResourceAsync(Municipality, new ResourceDraft(name, description, areaId, approverId), User.Id, CancellationToken.None);
        await PageAudit.RecordAsync(User, "resource.register", "resource", result.Value?.Id.ToString(), result);
        errors = result.IsValid ? [] : result.Errors;
        if (result.IsValid)
        {
            (name, description, area, approver) = (null, null, null, null);
            await OnRegistered.InvokeAsync(result.Value!);
        }
    }
}
