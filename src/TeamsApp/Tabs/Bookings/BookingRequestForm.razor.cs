using System.Globalization;
using Microsoft.AspNetCore.Components;
using Wijkverbinder.Domain.Audit;
using Wijkverbinder.Domain.Bookings;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.Domain.Validation;
using Wijkverbinder.TeamsApp.Audit;
using Wijkverbinder.TeamsApp.Problems;
using Wijkverbinder.TeamsApp.Tabs.Identity;
using Wijkverbinder.TeamsApp.Tabs.Shell;

namespace Wijkverbinder.TeamsApp.Tabs.Bookings;

/// <summary>Reads the form as the API reads its body, asks <see cref="BookingService.RequestAsync"/>, and shows each refusal at its field.</summary>
public sealed partial class BookingRequestForm
{
    private string? resource;
    private string? from;
    private string? to;
    private string? district;
    private string? initiative;
    private string? purpose;
    private FormErrors? form;

    [Parameter, EditorRequired]
    public required IReadOnlyList<SharedResource> Resources { get; set; }

    [Parameter, EditorRequired]
    public required Municipality Municipality { get; set; }

    [Parameter, EditorRequired]
    public required IReadOnlyList<Member> Initiatives { get; set; }

    [Parameter]
    public EventCallback<Booking> OnRequested { get; set; }

    [Inject]
    public required BookingService Bookings { get; set; }

    [Inject]
    public required ApiProblems Problems { get; set; }

    [Inject]
    public required PageAudit PageAudit { get; set; }

    [CascadingParameter]
    public required TabUser User { get; set; }

    /// <summary>The form's refusals, at their fields or above the form.</summary>
    private FormErrors Form => form ??= new("booking", _ => true, Problems.Reason);

    private async Task SubmitAsync()
    {
        var input = new List<ValidationError>();
        var resourceId = ResourceId.TryParse(resource, out var r) ? r : (ResourceId?)null;
        if (resourceId is null)
        {
            input.Add(new("resource", ValidationCodes.Required));
        }

        var first = Day("from", from, input);
        var last = Day("to", to, input);
        if (input.Count > 0)
        {
            Form.Set(input);
            await PageAudit.RecordAsync(User, BookingAuditActions.Request, BookingAuditActions.ResourceObject, resourceId?.ToString(), AuditResult.Failed);
            return;
        }

        var initiativeId = MemberId.TryParse(initiative, out var m) ? m : (MemberId?)null;
        var result = await Bookings.RequestAsync(Municipality, new BookingRequest(resourceId!.Value, first!.Value, last!.Value, purpose, district, initiativeId), User.Id, CancellationToken.None);
        await PageAudit.RecordAsync(User, BookingAuditActions.Request, BookingAuditActions.ResourceObject, resourceId.Value.ToString(), result);
        Form.Set(result.IsValid ? [] : result.Errors);
        if (result.IsValid)
        {
            (from, to, purpose) = (null, null, null);
            await OnRequested.InvokeAsync(result.Value!);
        }
    }

    private static DateOnly? Day(string field, string? text, List<ValidationError> errors)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }

        errors.Add(new(field, string.IsNullOrWhiteSpace(text) ? ValidationCodes.Required : ValidationCodes.InvalidFormat));
        return null;
    }
}
