using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using Wijkverbinder.Domain.Audit;
using Wijkverbinder.Domain.Bookings;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Meetings;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.Domain.Validation;
using Wijkverbinder.Notifications.Bookings;
using Wijkverbinder.TeamsApp.Audit;
using Wijkverbinder.TeamsApp.Problems;
using Wijkverbinder.TeamsApp.Resources;
using Wijkverbinder.TeamsApp.Tabs.Identity;
using Wijkverbinder.TeamsApp.Tabs.Shell;

namespace Wijkverbinder.TeamsApp.Tabs.Bookings;

/// <summary>Loads the resources, each one's bookings in the shown month, and the initiatives the user may request for.</summary>
public sealed partial class BookingsPage
{
    private IReadOnlyList<SharedResource>? resources;
    private Municipality? municipality;
    private IReadOnlyList<Member> initiatives = [];
    private Colleague? me;
    private IReadOnlyList<Colleague> everyone = [];
    private IReadOnlyDictionary<ColleagueId, string> names = new Dictionary<ColleagueId, string>();
    private readonly Dictionary<ResourceId, IReadOnlyList<BookingView>> months = [];
    private IReadOnlyList<BookingView>? mine;
    private readonly Dictionary<BookingId, string?> reasons = [];
    private DateOnly month;
    private string? saved;
    private string? problem;
    private bool notRegistered;

    [Inject]
    public required BookingService Bookings { get; set; }

    [Inject]
    public required BookingTabQueries Queries { get; set; }

    [Inject]
    public required INetworkStore Network { get; set; }

    [Inject]
    public required IColleagueDirectory Colleagues { get; set; }

    [Inject]
    public required ApiProblems Problems { get; set; }

    [Inject]
    public required TimeProvider Clock { get; set; }

    [Inject]
    public required IStringLocalizer<BookingTabTexts> Text { get; set; }

    [Inject]
    public required PageAudit PageAudit { get; set; }

    [CascadingParameter]
    public required TabUser User { get; set; }

    private string MonthName => month.ToString("MMMM yyyy", CultureInfo.CurrentCulture);

    protected override async Task OnInitializedAsync()
    {
        if (!User.HasAny(TabRoles.Resources))
        {
            return;
        }

        me = await Colleagues.GetAsync(User.Municipality, User.Id, CancellationToken.None);
        if (me is null)
        {
            notRegistered = true;
            return;
        }

        var today = DutchTime.Today(Clock);
        month = new DateOnly(today.Year, today.Month, 1);
        municipality = await Network.GetMunicipalityAsync(User.Municipality, CancellationToken.None);
        everyone = await Colleagues.ListAsync(User.Municipality, CancellationToken.None);
        names = everyone.ToDictionary(c => c.Id, c => c.Name);
        initiatives = await InitiativesAsync();
        resources = await Bookings.ListResourcesAsync(User.Municipality, CancellationToken.None);
        await PageAudit.RecordAsync(User, BookingAuditActions.ListResources, BookingAuditActions.ResourceObject, null, AuditResult.Allowed);
        await LoadMonthAsync();
        await LoadMineAsync();
    }

    private static string Day(DateOnly day) => day.ToString("ddd d MMM yyyy", CultureInfo.CurrentCulture);

    private string Serves(SharedResource resource)
    {
        var approver = names.GetValueOrDefault(resource.Approver, "?");
        return resource.Area is { } area
            ? Text["Serves.Area", municipality?.FindArea(area)?.Name ?? area.ToString(), approver]
            : Text["Serves.All", approver];
    }

    /// <summary>The initiatives working in the user's districts, for the request form.</summary>
    private async Task<IReadOnlyList<Member>> InitiativesAsync()
    {
        var found = new List<Member>();
        foreach (var area in municipality?.Areas.Where(a => a.DistrictCodes.Any(User.WorksIn)) ?? [])
        {
            var view = await Network.GetAreaNetworkAsync(area.Id, CancellationToken.None);
            found.AddRange(view.Members.Where(m => m.Kind == MemberKind.Initiative && m.Districts.Any(User.WorksIn)));
        }

        return [.. found.OrderBy(m => m.Name, StringComparer.CurrentCulture)];
    }

    private async Task LoadMonthAsync()
    {
        foreach (var resource in resources ?? [])
        {
            // Each booking shows who asked for it: a read of personal data, as the API's calendar is.
            months[resource.Id] = await Queries.MonthAsync(resource, month.Year, month.Month, CancellationToken.None);
            await PageAudit.RecordAsync(User, BookingAuditActions.Calendar, BookingAuditActions.ResourceObject, resource.Id.ToString(), AuditResult.Allowed);
        }
    }

    /// <summary>The user's own coming requests and bookings, for those who may request one.</summary>
    private async Task LoadMineAsync()
    {
        if (resources is null || !User.HasAny(TabRoles.RequestBookings))
        {
            return;
        }

        mine = await Queries.MineAsync(resources, User, DutchTime.Today(Clock), CancellationToken.None);
        await PageAudit.RecordAsync(User, BookingAuditActions.Mine, BookingAuditActions.BookingObject, null, AuditResult.Allowed);
    }

    private string ResourceName(ResourceId id) => resources?.FirstOrDefault(r => r.Id == id)?.Name ?? id.Local;

    private async Task MoveAsync(int by)
    {
        month = month.AddMonths(by);
        (saved, problem) = (null, null);
        await LoadMonthAsync();
    }

    private async Task RequestedAsync(Booking booking)
    {
        var resource = resources?.FirstOrDefault(r => r.Id == booking.Resource);
        (saved, problem) = (Text["Form.Requested", resource?.Name ?? string.Empty, Day(booking.From), Day(booking.To)], null);
        month = new DateOnly(booking.From.Year, booking.From.Month, 1);
        await LoadMonthAsync();
        await LoadMineAsync();
    }

    private async Task RegisteredAsync(SharedResource resource)
    {
        (saved, problem) = (Text["Register.Saved", resource.Name], null);
        resources = await Bookings.ListResourcesAsync(User.Municipality, CancellationToken.None);
        await LoadMonthAsync();
    }

    /// <summary>The resources a request may be for: a retired one stays listed but is not offered.</summary>
    private IReadOnlyList<SharedResource> OpenResources => [.. (resources ?? []).Where(r => !r.IsRetired)];

    private async Task ChangedAsync(SharedResource resource)
    {
        (saved, problem) = (Text["Change.Saved", resource.Name], null);
        resources = await Bookings.ListResourcesAsync(User.Municipality, CancellationToken.None);
        await LoadMonthAsync();
    }

    /// <summary>Whether the user may change <paramref name="resource"/>: the same rule as registering one for its area.</summary>
    private bool MayChange(SharedResource resource) => municipality is not null && BookingService.RefusalOf(me, resource.Area, municipality) is null;

    private Task DecideAsync(BookingId id, bool approve) =>
        approve
            ? ShowAsync(BookingAuditActions.Approve, id, () => Bookings.ApproveAsync(id, User.Id, CancellationToken.None))
            : ShowAsync(BookingAuditActions.Decline, id, () => Bookings.DeclineAsync(id, User.Id, reasons.GetValueOrDefault(id), CancellationToken.None));

    private Task CancelAsync(BookingId id) => ShowAsync(BookingAuditActions.Cancel, id, () => Bookings.CancelAsync(id, User.Id, null, CancellationToken.None));

    private async Task ShowAsync(string action, BookingId id, Func<Task<Result<Booking>?>> act)
    {
        var result = await act();
        await PageAudit.RecordAsync(User, action, BookingAuditActions.BookingObject, id.ToString(), result);
        (saved, problem) = result switch
        {
            { IsValid: true } => (Text["Decided"].Value, (string?)null),
            { } refused => (null, string.Join(" ", refused.Errors.Select(Problems.Reason))),
            null => (null, Problems["Title.NotFound"]),
        };
        await LoadMonthAsync();
        await LoadMineAsync();
    }
}
