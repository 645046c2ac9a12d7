using Microsoft.Extensions.DependencyInjection;
using Wijkverbinder.Domain.Bookings;
using Wijkverbinder.Domain.Budget;
using Wijkverbinder.Domain.Programme;
using Wijkverbinder.Domain.Referrals;
using Wijkverbinder.IntegrationTests.Infrastructure;

namespace Wijkverbinder.IntegrationTests.Authorization;

/// <summary>
/// The [Programme] objects of the matrix, made with the host's own services: area A's budget for this year held by
/// Specialist (not Manager, who may submit: a holder cannot refer to themself), a party tent for area A that Manager
/// approves, and fresh budget requests (from Team) and bookings (by Team,
/// each on days no other booking holds) for the rows that decide on them.
/// </summary>
public sealed partial class MatrixTown
{
    private int nextBookingDay = 10;

    private int resourceNumber;

    private IServiceProvider services = null!;

    public SharedResource Tent { get; private set; } = null!;

    public int Year => AzuriteFixture.Today.Year;

    /// <summary>Seeds the [Programme] objects once the host runs (its services decide as in production).</summary>
    public async Task AttachAsync(IServiceProvider hostServices)
    {
        services = hostServices;
        var budget = Service<BudgetService>();
        var set = await budget.SetAsync(Town.Municipality, Town.AreaA.ToString(), Year, 25_000m, this[Persona.Specialist].Id, this[Persona.Manager].Id, CancellationToken.None);
        Assert.True(set.IsValid, string.Join(", ", set.Errors.Select(e => $"{e.Field}:{e.Code}")));
        var tent = await Service<BookingService>().RegisterResourceAsync(
            Town.Municipality, new ResourceDraft("Partytent", "Tent van 6 bij 3 meter", Town.AreaA, this[Persona.Manager].Id), this[Persona.Admin].Id, CancellationToken.None);
        Assert.True(tent.IsValid, string.Join(", ", tent.Errors.Select(e => $"{e.Field}:{e.Code}")));
        Tent = tent.Value!;
    }

    public T Service<T>()
        where T : notnull => services.GetRequiredService<T>();

    /// <summary>A new budget request of € 100,00 from Team in district 1 to area A's holder, Specialist; its id.</summary>
    public async Task<string> BudgetRequestAsync()
    {
        var result = await Service<BudgetService>().SubmitAsync(Town.Municipality, BudgetDraft(), this[Persona.Team].Id, CancellationToken.None);
        Assert.True(result.IsValid, string.Join(", ", result.Errors.Select(e => $"{e.Field}:{e.Code}")));
        return result.Value!.Id.ToString();
    }

    /// <summary>A new budget request that Specialist granted in full; its id.</summary>
    public async Task<string> GrantedBudgetRequestAsync()
    {
        var budget = Service<BudgetService>();
        var id = await BudgetRequestAsync();
        var all = budget.Criteria.Select(c => new ChecklistAnswer(c.Id, true)).ToList();
        Assert.True(ReferralId.TryParse(id, out var referral));
        var granted = await budget.GrantAsync(referral, this[Persona.Specialist].Id, 100m, "Past bij het programma", all, CancellationToken.None);
        Assert.True(granted is { IsValid: true }, string.Join(", ", granted?.Errors.Select(e => $"{e.Field}:{e.Code}") ?? []));
        return id;
    }

    public BudgetDraft BudgetDraft() => new()
    {
        Initiative = "Buurtmoestuin",
        Amount = 100m,
        Purpose = "Zaden en gereedschap",
        Themes = ["meedoen"],
        ResidentContribution = "Bewoners onderhouden de tuin",
        StartDate = AzuriteFixture.Today.AddDays(30),
        District = Town.District1,
    };

    /// <summary>A resource name no other resource has ("Geluidsset 1", "Geluidsset 2", ...).</summary>
    public string NewResourceName() => $"Geluidsset {Interlocked.Increment(ref resourceNumber)}";

    /// <summary>The next free day for a booking of the tent: every call gets days no other booking holds.</summary>
    public DateOnly FreeDay() => AzuriteFixture.Today.AddDays(Interlocked.Increment(ref nextBookingDay));

    /// <summary>A new request by Team for the tent on a free day, for the garden in district 1; its id.</summary>
    public async Task<string> BookingAsync()
    {
        var day = FreeDay();
        var result = await Service<BookingService>().RequestAsync(
            Town.Municipality, new BookingRequest(Tent.Id, day, day, "Burendag", Town.District1, Garden.Id), this[Persona.Team].Id, CancellationToken.None);
        Assert.True(result.IsValid, string.Join(", ", result.Errors.Select(e => $"{e.Field}:{e.Code}")));
        return result.Value!.Id.ToString();
    }

    /// <summary>The version of area A's goals for "meedoen" now (null before the first save), so an allowed save is not stale.</summary>
    public async Task<string?> GoalsVersionAsync() =>
        (await Service<IProgrammeStore>().GetGoalsAsync(Town.AreaA, CancellationToken.None)).FirstOrDefault(g => g.Theme == "meedoen")?.Version;

    /// <summary>A new resource for area A that Manager approves, read back with the version a retirement needs.</summary>
    public async Task<SharedResource> NewResourceAsync()
    {
        var bookings = Service<BookingService>();
        var result = await bookings.RegisterResourceAsync(
            Town.Municipality, new ResourceDraft(NewResourceName(), null, Town.AreaA, this[Persona.Manager].Id), this[Persona.Admin].Id, CancellationToken.None);
        Assert.True(result.IsValid, string.Join(", ", result.Errors.Select(e => $"{e.Field}:{e.Code}")));
        return (await bookings.GetResourceAsync(result.Value!.Id, CancellationToken.None))!;
    }

    /// <summary>The tent as it is now, with its current version and the same name and approver, so an allowed change is not stale and changes nothing else.</summary>
    public async Task<object> TentChangeAsync()
    {
        var tent = (await Service<BookingService>().GetResourceAsync(Tent.Id, CancellationToken.None))!;
        return new { name = tent.Name, description = tent.Description, approver = tent.Approver.Value, version = tent.Version };
    }

    /// <summary>The tab API's body of a budget request like <see cref="BudgetDraft"/> (amounts as text).</summary>
    public object BudgetBody() => new
    {
        initiative = "Buurtmoestuin", amount = "100.00", purpose = "Zaden en gereedschap", themes = new[] { "meedoen" },
        residentContribution = "Bewoners onderhouden de tuin", startDate = Day(AzuriteFixture.Today.AddDays(30)), district = Town.District1,
    };

    /// <summary>The budget form card's inputs for the same request.</summary>
    public IEnumerable<(string Key, string Value)> BudgetFormData() =>
    [
        ("initiative", "Buurtmoestuin"), ("amount", "100,00"), ("purpose", "Zaden en gereedschap"), ("themes", "meedoen"),
        ("residentContribution", "Bewoners onderhouden de tuin"), ("startDate", Day(AzuriteFixture.Today.AddDays(30))), ("district", Town.District1),
    ];

    /// <summary>The assessment card's toggles, every criterion met.</summary>
    public IEnumerable<(string Key, string Value)> ChecklistAllMet() => Service<BudgetService>().Criteria.Select(c => ("met." + c.Id, "true"));

    /// <summary>The bot's booking form for the tent on a free day (the resource is the row's).</summary>
    public IEnumerable<(string Key, string Value)> BookingFormData()
    {
        var day = Day(FreeDay());
        return [("from", day), ("to", day), ("purpose", "Burendag"), ("district", Town.District1), ("initiative", Garden.Id.ToString())];
    }

    /// <summary>The tab API's body of a booking request for the tent on a free day.</summary>
    public object BookingBody()
    {
        var day = Day(FreeDay());
        return new { from = day, to = day, purpose = "Burendag", district = Town.District1, initiative = Garden.Id.ToString() };
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
