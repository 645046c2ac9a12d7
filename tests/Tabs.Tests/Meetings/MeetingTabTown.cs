using Microsoft.Extensions.DependencyInjection;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Meetings;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.Tabs.Tests.Fakes;
using Wijkverbinder.TeamsApp.Problems;
using Wijkverbinder.TeamsApp.Tabs.Identity;
using Wijkverbinder.TeamsApp.Tabs.Meetings;

namespace Wijkverbinder.Tabs.Tests.Meetings;

/// <summary>
/// A small municipality for the meetings tab: one area with two districts and a network with known suggestions
/// (on "armoede" in Centrum: a new initiative never met, and two partners that met last month), colleagues in each role,
/// served by the real <see cref="MeetingService"/> over in-memory stores.
/// </summary>
internal sealed class MeetingTabTown
{
    public const string Centrum = "WK020201";
    public const string Haven = "WK020202";

    public static readonly DateTimeOffset Now = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);

    public static readonly AreaId North = new("GM0202", "W1");

    public static readonly Municipality Town = new(
        "GM0202",
        "Proefgemeente",
        [new Area(North, "Noord", [Centrum, Haven])],
        [new District(Centrum, "Centrum", North), new District(Haven, "Haven", North)],
        [new Theme("armoede", "Armoede"), new Theme("meedoen", "Meedoen")]);

    public static readonly Member Garden = new Initiative
    {
        Id = new MemberId(North, new string('1', 32)), Name = "Buurttuin", Districts = [Centrum], Themes = ["armoede"], JoinedOn = new DateOnly(2026, 10, 1),
    };

    public static readonly Member CommunityCentre = new Partner
    {
        Id = new MemberId(North, new string('2', 32)), Name = "Buurthuis De Kroon", Districts = [Centrum], Themes = ["armoede"],
        JoinedOn = new DateOnly(2020, 1, 1), PartnerKind = PartnerKind.CommunityCentre,
    };

    public static readonly Member FoodBank = new Partner
    {
        Id = new MemberId(North, new string('3', 32)), Name = "Voedselbank", Districts = [Centrum], Themes = ["armoede"],
        JoinedOn = new DateOnly(2020, 1, 1), PartnerKind = PartnerKind.Foundation,
    };

    public static readonly Member Resident = new Person
    {
        Id = new MemberId(North, new string('4', 32)), Name = "Fatima Amrani", Districts = [Centrum], Themes = ["meedoen"],
        JoinedOn = new DateOnly(2020, 1, 1), Roles = [PersonRole.Resident],
    };

    public static readonly Colleague Alex = Colleague("00000000-0000-0000-0000-000000000001", "Alex Wilber", AppRole.DistrictTeam, Centrum);
    public static readonly Colleague Wendy = Colleague("00000000-0000-0000-0000-000000000002", "Wendy Jansen", AppRole.DistrictManager, Centrum, Haven);
    public static readonly Colleague Megan = Colleague("00000000-0000-0000-0000-000000000003", "Megan Bowen", AppRole.DistrictTeam, Centrum);
    public static readonly Colleague Kees = Colleague("00000000-0000-0000-0000-000000000004", "Kees de Vries", AppRole.DistrictTeam, Centrum);

    public InMemoryMeetingStore Meetings { get; } = new();

    public InMemoryMeetingFeedbackStore Feedback { get; } = new();

    public InMemoryColleagueDirectory Colleagues { get; } = new(Alex, Wendy, Megan, Kees);

    public void AddTo(IServiceCollection services)
    {
        var clock = new FixedClock(Now);
        var network = new InMemoryMunicipalityStore(Town, Garden, CommunityCentre, FoodBank, Resident);
        network.Ties.Add(new Tie
        {
            From = CommunityCentre.Id, To = FoodBank.Id, Type = TieType.MetAt, Since = new DateOnly(2026, 10, 20), LastContactOn = new DateOnly(2026, 10, 20),
        });
        services.AddSingleton<TimeProvider>(clock);
        services.AddSingleton<IMeetingStore>(Meetings);
        services.AddSingleton<IMeetingFeedbackStore>(Feedback);
        services.AddSingleton<IColleagueDirectory>(Colleagues);
        services.AddSingleton<INetworkStore>(network);
        services.AddSingleton(new MeetingService(Meetings, Feedback, Colleagues, network, clock));
        services.AddSingleton<MeetingTabQueries>();
        services.AddSingleton<ApiProblems>();
    }

    /// <summary>A theme meeting on "armoede" in Centrum organised by Alex, with the three partners and Megan invited.</summary>
    public Meeting Add(string local, DateTimeOffset start, MeetingStatus status = MeetingStatus.Planned, MeetingKind kind = MeetingKind.ThemeMeeting, params AgreedAction[] actions)
    {
        var meeting = new Meeting
        {
            Id = new MeetingId("GM0202", local.PadLeft(32, '0')),
            Kind = kind,
            Title = "Armoede in Centrum " + local,
            Scope = Centrum,
            Districts = [Centrum],
            Themes = ["armoede"],
            Start = start,
            End = start.AddHours(2),
            Location = "Buurthuis De Kroon",
            Agenda = "Kennismaken en plannen.",
            Organiser = Alex.Id,
            Invitees = [new(InviteeRef.For(Garden.Id)), new(InviteeRef.For(CommunityCentre.Id)), new(InviteeRef.For(FoodBank.Id)), new(InviteeRef.For(Megan.Id), Rsvp.Accepted)],
            Status = status,
            Actions = actions,
            CreatedAt = Now.AddDays(-20),
            UpdatedAt = Now.AddDays(-20),
            LastSequence = 1,
        };
        Meetings.Add(meeting);
        return meeting;
    }

    public static TabUser UserFor(Colleague colleague) =>
        new(colleague.Id, colleague.Name, "GM0202", colleague.Roles, colleague.Districts, colleague.Teams);

    private static Colleague Colleague(string id, string name, AppRole role, params string[] districts) => new()
    {
        Id = new ColleagueId(id),
        Kind = ColleagueKind.Person,
        Name = name,
        Mail = id[^1] + "@gemeente.example",
        Roles = [role],
        Districts = districts,
    };
}
