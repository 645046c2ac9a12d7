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

/// <summary>Asks <see cref="BookingService.ChangeResourceAsync"/>, the same call as the tab API, and shows each refusal at its field.</summary>
public sealed partial class ResourceChangeForm
{
    private static readonly string[] FieldsShown = ["name", "description", "approver"];

    private string? name;
    private string? description;
    private string? approver;
    private string? version;
    private FormErrors? form;

    [Parameter, EditorRequired]
    public required SharedResource Resource { get; set; }

    [Parameter, EditorRequired]
    public required Municipality Municipality { get; set; }

    /// <summary>The colleague directory; the approver is chosen from its wijkmanagers.</summary>
    [Parameter, EditorRequired]
    public required IReadOnlyList<Colleague> Colleagues { get; set; }

    [Parameter]
    public EventCallback<SharedResource> OnChanged { get; set; }

    [Inject]
    public required BookingService Bookings { get; set; }

    [Inject]
    public required ApiProblems Problems { get; set; }

    [Inject]
    public required PageAudit PageAudit { get; set; }

    [CascadingParameter]
    public required TabUser User { get; set; }

    private IEnumerable<Colleague> Approvers => Colleagues.Where(c => c.Has(AppRole.DistrictManager)).OrderBy(c => c.Name, StringComparer.CurrentCulture);

    private FormErrors Form => form ??= new($"change-{Resource.Id.Local}", FieldsShown.Contains, Problems.Reason);

    protected override void OnParametersSet()
    {
        // A resource read anew (after any change) starts the form again from what is stored.
        if (version != Resource.Version)
        {
            (name, description, approver, version) = (Resource.Name, Resource.Description, Resource.Approver.Value, Resource.Version);
        }
    }

    private string Field(string field) => $"change-{Resource.Id.Local}-{field}";

    private async Task ChangeAsync()
    {
        ColleagueId? approverId = ColleagueId.TryParse(approver, out var a) ? a : null;
        var result = await Bookings.ChangeResourceAsync(Municipality, Resource.Id, new ResourceDraft(name, description, null, approverId), version, User.Id, CancellationToken.None)
            ?? Result<SharedResource>.Refused([new("resource", ValidationCodes.UnknownResource, Resource.Id.ToString())]);
        await PageAudit.RecordAsync(User, "resource.change", "resource", Resource.Id.ToString(), result);
        Form.Set(result.IsValid ? [] : result.Errors);
        if (result.IsValid)
        {
            await OnChanged.InvokeAsync(result.Value!);
        }
    }
}
