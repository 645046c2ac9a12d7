using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Meetings;
using Wijkverbinder.Domain.Network;

namespace Wijkverbinder.Domain.Tests.Meetings;

public sealed class MeetingRhythmTests
{
    private static readonly AreaId North = new("GM0202", "N");
    private static readonly AreaId South = new("GM0202", "S");
    private static readonly DateOnly Today = new(2026, 11, 28);
    private static readonly RhythmSettings Settings = new();

    /// <summary>North (districts 01, 02) works on "meedoen" only; South (03) on every theme.</summary>
    private static readonly Municipality Town = new(
        "GM0202",
        "Arnhem",
        [new Area(North, "Noord", ["WK020201", "WK020202"], ["meedoen"]), new Area(South, "Zuid", ["WK020203"])],
        [new District("WK020201", "Een", North), new District("WK020202", "Twee", North), new District("WK020203", "Drie", South)],
        [new Theme("meedoen", "Meedoen"), new Theme("armoede", "Armoede")]);

    [Fact]
    public void WithoutAnyHeldMeetingEveryDistrictAndEveryThemeOfTheProgrammeIsDue()
    {
        var due = MeetingRhythm.Due(Town, [], Today, Settings);

        Assert.Equal(
            [
                (RhythmReminderKind.FeedbackMeeting, "WK020201", null), (RhythmReminderKind.FeedbackMeeting, "WK020202", null),
                (RhythmReminderKind.FeedbackMeeting, "WK020203", null), (RhythmReminderKind.ThemeMeeting, "GM0202.N", "meedoen"),
                (RhythmReminderKind.ThemeMeeting, "GM0202.S", "meedoen"), (RhythmReminderKind.ThemeMeeting, "GM0202.S", "armoede"),
            ],
            due.Select(r => (r.Kind, r.Scope, r.Theme)));
        Assert.All(due, r => Assert.Null(r.LastHeld));
    }

    [Fact]
    public void AFeedbackMeetingHeldWithinElevenMonthsKeepsItsDistrictsQuiet()
    {
        var meetings = new[] { Held(MeetingKind.FeedbackMeeting, Today.AddMonths(-10), ["WK020201"]) };

        var feedback = MeetingRhythm.Due(Town, meetings, Today, Settings).Where(r => r.Kind == RhythmReminderKind.FeedbackMeeting);

        Assert.Equal(["WK020202", "WK020203"], feedback.Select(r => r.Scope));
    }

    [Fact]
    public void ElevenMonthsAfterTheLastFeedbackMeetingTheDistrictIsDueWithThatDate()
    {
        var last = Today.AddMonths(-11);
        var meetings = new[] { Held(MeetingKind.FeedbackMeeting, last, ["WK020201", "WK020202"]), Held(MeetingKind.FeedbackMeeting, last.AddDays(-40), ["WK020201"]) };

        var due = MeetingRhythm.Due(Town, meetings, Today, Settings).Where(r => r.Kind == RhythmReminderKind.FeedbackMeeting).ToList();
        var dayBefore = MeetingRhythm.Due(Town, meetings, Today.AddDays(-1), Settings).Where(r => r.Kind == RhythmReminderKind.FeedbackMeeting);

        Assert.Equal(last, due.Single(r => r.Scope == "WK020201").LastHeld);
        Assert.Equal(0, due.Single(r => r.Scope == "WK020201").Period);
        Assert.DoesNotContain(dayBefore, r => r.Scope == "WK020201");
    }

    [Fact]
    public void PlannedCancelledAndOtherKindsOfMeetingDoNotCountForFeedback()
    {
        var meetings = new[]
        {
            Held(MeetingKind.FeedbackMeeting, Today.AddMonths(-1), ["WK020201"]) with { Status = MeetingStatus.Planned },
            Held(MeetingKind.FeedbackMeeting, Today.AddMonths(-1), ["WK020201"]) with { Status = MeetingStatus.Cancelled },
            Held(MeetingKind.ThemeMeeting, Today.AddMonths(-1), ["WK020201"]),
        };

        Assert.Contains(MeetingRhythm.Due(Town, meetings, Today, Settings), r => r is { Kind: RhythmReminderKind.FeedbackMeeting, Scope: "WK020201", LastHeld: null });
    }

    [Fact]
    public void AThemeIsCoveredByAHeldMeetingOnItInAnyDistrictOfTheArea()
    {
        var meetings = new[]
        {
            Held(MeetingKind.ThemeMeeting, Today.AddMonths(-2), ["WK020202"], "meedoen"),
            Held(MeetingKind.ThemeMeeting, Today.AddMonths(-7), ["WK020203"], "armoede"),
        };

        var themes = MeetingRhythm.Due(Town, meetings, Today, Settings).Where(r => r.Kind == RhythmReminderKind.ThemeMeeting).ToList();

        Assert.Equal([("GM0202.S", "meedoen", (DateOnly?)null), ("GM0202.S", "armoede", Today.AddMonths(-7))], themes.Select(r => (r.Scope, r.Theme, r.LastHeld)));
    }

    [Fact]
    public void TheThemePeriodIsConfigurable()
    {
        var meetings = new[] { Held(MeetingKind.ThemeMeeting, Today.AddMonths(-4), ["WK020201"], "meedoen") };

        Assert.DoesNotContain(MeetingRhythm.Due(Town, meetings, Today, Settings), r => r.Scope == "GM0202.N");
        Assert.Contains(MeetingRhythm.Due(Town, meetings, Today, Settings with { ThemeMonths = 3 }), r => r.Scope == "GM0202.N");
        Assert.Equal(11, MeetingRhythm.LookBackMonths(Settings));
        Assert.Equal(13, MeetingRhythm.LookBackMonths(Settings with { ThemeMonths = 13 }));
    }

    [Fact]
    public void TheKeyStaysTheSameWithinAPeriodAndChangesWithTheNextOrANewMeeting()
    {
        var last = Today.AddMonths(-11);
        var meetings = new[] { Held(MeetingKind.FeedbackMeeting, last, ["WK020201"]) };
        string KeyOn(DateOnly day, IEnumerable<Meeting> held) =>
            MeetingRhythm.Due(Town, held, day, Settings).Single(r => r is { Kind: RhythmReminderKind.FeedbackMeeting, Scope: "WK020201" }).Key;

        var now = KeyOn(Today, meetings);

        Assert.Equal("rhythm.feedbackmeeting.wk020201.-.20251228.0", now);
        Assert.Equal(now, KeyOn(Today.AddMonths(10), meetings));
        Assert.NotEqual(now, KeyOn(Today.AddMonths(11), meetings));
        var newer = meetings.Append(Held(MeetingKind.FeedbackMeeting, Today.AddDays(-1), ["WK020201"])).ToList();
        Assert.NotEqual(now, KeyOn(Today.AddMonths(11).AddDays(-1), newer));
    }

    [Fact]
    public void WithoutAnyMeetingTheKeyFollowsTheCalendar()
    {
        string KeyOn(DateOnly day) => MeetingRhythm.Due(Town, [], day, Settings).First().Key;

        Assert.Equal(KeyOn(Today), KeyOn(Today.AddDays(1)));
        Assert.NotEqual(KeyOn(new DateOnly(2026, 1, 1)), KeyOn(new DateOnly(2027, 1, 1)));
    }

    private static Meeting Held(MeetingKind kind, DateOnly day, IReadOnlyList<string> districts, params string[] themes)
    {
        var start = new DateTimeOffset(day.ToDateTime(new TimeOnly(19, 0)), TimeSpan.Zero);
        return new Meeting
        {
            Id = new MeetingId("GM0202", Guid.NewGuid().ToString("N")),
            Kind = kind,
            Title = "Bijeenkomst",
            Scope = districts[0],
            Districts = districts,
            Themes = themes,
            Start = start,
            End = start.AddHours(2),
            Organiser = new ColleagueId("team-wijkteam"),
            Invitees = [],
            Status = MeetingStatus.Held,
            CreatedAt = start.AddDays(-14),
            UpdatedAt = start,
            LastSequence = 2,
        };
    }
}
