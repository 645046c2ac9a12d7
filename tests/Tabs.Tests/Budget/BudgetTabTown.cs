using Microsoft.Extensions.DependencyInjection;
using Wijkverbinder.Domain.Bookings;
using Wijkverbinder.Domain.Budget;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.Domain.Referrals;
using Wijkverbinder.Notifications.Bookings;
using Wijkverbinder.Tabs.Tests.Fakes;
using Wijkverbinder.TeamsApp.Problems;
using Wijkverbinder.TeamsApp.Tabs.Bookings;
using Wijkverbinder.TeamsApp.Tabs.Identity;

namespace Wijkverbinder.Tabs.Tests.Budget;

/// <summary>
/// Two areas (Noord: Centrum and Haven; Zuid) with a wijkmanager each, a wijkteam member in Centrum and a Beheerder;
/// Noord has € 2.000,00 for 2026 held by Wendy, of which € 500,00 is granted to the Buurttuin (€ 100,00 spent).
/// Served by the real <see cref="BudgetService"/> and <see cref="BookingService"/> over in-memory stores.
/// </summary>
internal sealed class BudgetTabTown
{
    public const string Centrum = "WK020201";
    public const string Haven = "WK020202";
    public const string Zuid = "WK020203";
    public const int Year = 2026;

    public static readonly DateTimeOffset Now = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);

    public static readonly AreaId North = new("GM0202", "W1");
    public static readonly AreaId South = new("GM0202", "W2");

    public static readonly Municipality Town = new(
        "GM0202",
        "Proefgemeente",
        [new Area(North, "Noord", [Centrum, Haven]), new Area(South, "Zuid", [Zuid])],
        [new District(Centrum, "Centrum", North), new District(Haven, "Haven", North), new District(Zuid, "Zuid", South)],
        [new Theme("meedoen", "Meedoen")]);

    public static readonly Colleague Wendy = Person("00000000-0000-0000-0000-000000000001", "Wendy Jansen", AppRole.DistrictManager, Centrum, Haven);
    public static readonly Colleague Alex = Person("00000000-0000-0000-0000-000000000002", "Alex Wilber", AppRole.DistrictTeam, Centrum);
    public static readonly Colleague Zara = Person("00000000-0000-0000-0000-000000000003", "Zara Bakker", AppRole.DistrictManager, Zuid);
    public static readonly Colleague Beheer = Person("00000000-0000-0000-0000-000000000004", "Bea Beheer", AppRole.Administrator);
    public static readonly Colleague Kees = Person("00000000-0000-0000-0000-000000000005", "Kees de Vries", AppRole.DistrictTeam, Haven);

    public static readonly ReferralId GardenRequest = new("GM0202", new string('a', 32));

    public InMemoryReferralStore Referrals { get; } = new();

    public InMemoryBudgetStore Budgets { get; }

    public InMemoryBookingStore Bookings { get; } = new();

    public InMemoryColleagueDirectory Colleagues { get; } = new(Wendy, Alex, Zara, Beheer, Kees);

    public BudgetTabTown()
    {
        Budgets = new InMemoryBudgetStore(Referrals);
        Budgets.SaveAsync(new AreaBudget(North, Year, 2000m, 500m, 100m, Wendy.Id), CancellationToken.None).GetAwaiter().GetResult();
        Referrals.Add(new Referral
        {
            Id = GardenRequest,
            Subject = SubjectKind.BudgetRequest,
            Summary = "Buurttuin",
            Details = "Zaden en gereedschap",
            District = Centrum,
            Theme = "meedoen",
            Urgency = Urgency.Normal,
            Referrer = Kees.Id,
            Receiver = Wendy.Id,
            DueDate = new DateOnly(2026, 11, 1),
            Status = ReferralStatus.Completed,
            CreatedAt = Now.AddDays(-30),
            UpdatedAt = Now.AddDays(-20),
            LastSequence = 0,
            Budget = new BudgetRequest
            {
                Initiative = "Buurttuin", Amount = 600m, Purpose = "Zaden en gereedschap", Themes = ["meedoen"], ResidentContribution = "Bewoners wieden",
                StartDate = new DateOnly(2026, 12, 1), AppliedOn = new DateOnly(2026, 10, 26), Area = North, Year = Year, Granted = 500m, Spent = 100m,
            },
        });
    }

    public void AddTo(IServiceCollection services)
    {
        var clock = new FixedClock(Now);
        var network = new InMemoryMunicipalityStore(Town);
        var referrals = new ReferralService(Referrals, Colleagues, new InMemoryRoutingRuleStore(), network, ReferralSla.Default, clock);
        var criteria = new BudgetCriteria([new("no-private-interest", "Geen privébelang", "No private interest")]);
        services.AddSingleton<TimeProvider>(clock);
        services.AddSingleton<IColleagueDirectory>(Colleagues);
        services.AddSingleton<INetworkStore>(network);
        services.AddSingleton(new BudgetService(referrals, Referrals, Budgets, Colleagues, network, criteria, clock));
        services.AddSingleton<IBookingStore>(Bookings);
        services.AddSingleton(new BookingService(Bookings, Colleagues, network, clock));
        services.AddSingleton<BookingViews>();
        services.AddSingleton<BookingTabQueries>();
        services.AddSingleton<ApiProblems>();
    }

    /// <summary>The colleague's roles change in the directory after their page was drawn (the page keeps the old ones).</summary>
    public void Demote(Colleague colleague) =>
        Colleagues.SaveAsync("GM0202", colleague with { Roles = [AppRole.DistrictTeam] }, CancellationToken.None).GetAwaiter().GetResult();

    public static TabUser UserFor(Colleague colleague) => TabUser.Of(colleague, "GM0202");

    private static Colleague Person(string id, string name, AppRole role, params string[] districts) => new()
    {
        Id = new ColleagueId(id),
        Kind = ColleagueKind.Person,
        Name = name,
        Mail = id[^1] + "@gemeente.example",
        Roles = [role],
        Districts = districts,
    };
}
