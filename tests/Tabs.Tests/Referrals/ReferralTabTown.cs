using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Dashboard;
using Wijkverbinder.Domain.Meetings;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.Domain.Privacy;
using Wijkverbinder.Domain.Referrals;
using Wijkverbinder.Notifications;
using Wijkverbinder.Notifications.Referrals;
using Wijkverbinder.Tabs.Tests.Fakes;
using Wijkverbinder.TeamsApp.Problems;
using Wijkverbinder.TeamsApp.Tabs.Identity;
using Wijkverbinder.TeamsApp.Tabs.Meetings;

namespace Wijkverbinder.Tabs.Tests.Referrals;

/// <summary>
/// A small municipality with three colleagues and referrals between them, served by the real
/// <see cref="ReferralService"/> and <see cref="ReferralViews"/> over in-memory stores.
/// </summary>
internal sealed class ReferralTabTown
{
    public const string District = "WK020201";

    public static readonly DateTimeOffset Now = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);

    public static readonly DateOnly Today = DateOnly.FromDateTime(Now.UtcDateTime);

    public static readonly Municipality Town = new(
        "GM0202",
        "Proefgemeente",
        [new Area(new AreaId("GM0202", "W1"), "Noord", [District])],
        [new District(District, "Centrum", new AreaId("GM0202", "W1"))],
        [new Theme("armoede", "Armoede"), new Theme("meedoen", "Meedoen")]);

    public static readonly Colleague Alex = Person("00000000-0000-0000-0000-000000000001", "Alex Wilber", AppRole.DistrictTeam);
    public static readonly Colleague Megan = Person("00000000-0000-0000-0000-000000000002", "Megan Bowen", AppRole.Specialist);
    public static readonly Colleague Kees = Person("00000000-0000-0000-0000-000000000003", "Kees de Vries", AppRole.Specialist);

    public InMemoryReferralStore Store { get; } = new();

    public InMemoryColleagueDirectory Colleagues { get; } = new(Alex, Megan, Kees);

    public InMemoryMunicipalityStore Network { get; } = new(Town);

    /// <summary>Meetings, for the "my actions" section of the page.</summary>
    public InMemoryMeetingStore Meetings { get; } = new();

    public void AddTo(IServiceCollection services)
    {
        var clock = new FixedClock(Now);
        var network = Network;
        services.AddSingleton<TimeProvider>(clock);
        services.AddSingleton<IReferralStore>(Store);
        services.AddSingleton<IColleagueDirectory>(Colleagues);
        services.AddSingleton<INetworkStore>(network);
        services.AddSingleton(new ReferralService(Store, Colleagues, new InMemoryRoutingRuleStore(), network, ReferralSla.Default, clock));
        services.AddSingleton(Options.Create(new WijkverbinderOptions { MunicipalityCode = "GM0202", TeamsAppId = "app-id" }));
        services.AddSingleton<ReferralViews>();
        services.AddSingleton<ApiProblems>();
        services.AddSingleton<IDashboardStore>(new Status.FakeDashboardStore());
        services.AddSingleton<DashboardRefresher>();
        services.AddSingleton<ContactConsentService>();
        var feedback = new InMemoryMeetingFeedbackStore();
        services.AddSingleton<IMeetingStore>(Meetings);
        services.AddSingleton<IMeetingFeedbackStore>(feedback);
        services.AddSingleton(new MeetingService(Meetings, feedback, Colleagues, network, clock));
        services.AddSingleton<MeetingTabQueries>();
    }

    /// <summary>A referral from <paramref name="from"/> to <paramref name="to"/>, with its "created" event.</summary>
    public Referral Add(string local, string summary, Colleague from, Colleague to, int dueInDays, ReferralStatus status = ReferralStatus.Sent)
    {
        var referral = new Referral
        {
            Id = new ReferralId("GM0202", local.PadLeft(32, '0')),
            Subject = SubjectKind.ResidentQuestion,
            Summary = summary,
            Details = "Bewoner zoekt hulp bij formulieren.",
            District = District,
            Theme = "armoede",
            Urgency = Urgency.Normal,
            Referrer = from.Id,
            Receiver = to.Id,
            DueDate = Today.AddDays(dueInDays),
            Status = status,
            CreatedAt = Now.AddDays(-2),
            UpdatedAt = Now.AddDays(-2),
            LastSequence = 0,
        };
        Store.Add(
            referral,
            new ReferralEvent { Sequence = 1, Kind = ReferralEventKind.Created, Actor = from.Id, At = Now.AddDays(-2), StatusAfter = ReferralStatus.New },
            new ReferralEvent { Sequence = 2, Kind = ReferralEventKind.Sent, At = Now.AddDays(-2).AddMinutes(1), StatusAfter = ReferralStatus.Sent });
        return referral;
    }

    public static TabUser UserFor(Colleague colleague) =>
        new(colleague.Id, colleague.Name, "GM0202", colleague.Roles, colleague.Districts, colleague.Teams);

    private static Colleague Person(string id, string name, AppRole role) => new()
    {
        Id = new ColleagueId(id),
        Kind = ColleagueKind.Person,
        Name = name,
        Mail = id[^1] + "@gemeente.example",
        Roles = [role],
        Districts = [District],
    };
}
