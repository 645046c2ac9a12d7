using Microsoft.AspNetCore.Components;
using Wijkverbinder.Domain.Bookings;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.Domain.Validation;
using Wijkverbinder.TeamsApp.Audit;
using Wijkverbinder.TeamsApp.Problems;
using Wijkverbinder.TeamsApp.Tabs.Identity;
using Wijkverbinder.TeamsApp.Tabs.Shell;

namespace Wijkverbinder.TeamsApp.Tabs.Bookings;

/// <summary>Reads the form as the API reads its body, asks <see cref="BookingService.RegisterResourceAsync"/>, and shows each refusal at its field.</summary>
public sealed partial class ResourceRegistrationForm
{
    private static readonly string[] FieldsShown = ["name", "description", "area", "approver"];

    private string? name;
    private string? description;
    private string? area;
    private string? approver;
    private FormErrors? form;

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

    /// <summary>The form's refusals, at their fields or above the form.</summary>
    private FormErrors Form => form ??= new("new-resource", FieldsShown.Contains, Problems.Reason);

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
        Form.Set(result.IsValid ? [] : result.Errors);
        if (result.IsValid)
        {
            (name, description, area, approver) = (null, null, null, null);
            await OnRegistered.InvokeAsync(result.Value!);
        }
    }
}
