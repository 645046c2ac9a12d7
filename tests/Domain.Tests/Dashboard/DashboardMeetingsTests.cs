using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Dashboard;
using Wijkverbinder.Domain.Meetings;
using Wijkverbinder.Domain.Network;
using static Wijkverbinder.Domain.Tests.Dashboard.DashboardSamples;

namespace Wijkverbinder.Domain.Tests.Dashboard;

/// <summary>The meetings on the network status: seeded meetings and answers with known counts, dates and averages.</summary>
public sealed class DashboardMeetingsTests
{
    private static readonly ColleagueId Organiser = new("00000000-0000-0000-0000-0000000000a1");
    private static readonly Dictionary<ColleagueId, string> Names = new() { [Organiser] = "Ann de Vries" };
    private static int next;
    private readonly DashboardBuilder builder = new(new FakeTimeProvider(Now));

    [Fact]
    public void HeldMeetingsOfTheLastYearAreCountedByKindAndPlannedOnesAhead()
    {
        var meetings = new[]
        {
            Meeting(MeetingKind.ThemeMeeting, MeetingStatus.Held, Now.AddDays(-30), [District1], "armoede"),
            Meeting(MeetingKind.ThemeMeeting, MeetingStatus.Held, Now.AddMonths(-11), [District2], "meedoen"),
            Meeting(MeetingKind.FeedbackMeeting, MeetingStatus.Held, Now.AddDays(-60), [District1, District2]),
            Meeting(MeetingKind.BoardMeeting, MeetingStatus.Held, Now.AddMonths(-13), [District1]),
            Meeting(MeetingKind.ThemeMeeting, MeetingStatus.Cancelled, Now.AddDays(-5), [District1], "armoede"),
            Meeting(MeetingKind.ThemeMeeting, MeetingStatus.Planned, Now.AddDays(14), [District1], "armoede"),
        };

        var snapshots = Build(meetings);

        var area = snapshots[0].Meetings;
        Assert.Equal((3, 1), (area.Held, area.Upcoming));
        Assert.Equal(2, area.HeldByKind[MeetingKind.ThemeMeeting]);
        Assert.Equal(1, area.HeldByKind[MeetingKind.FeedbackMeeting]);
        Assert.False(area.HeldByKind.ContainsKey(MeetingKind.BoardMeeting));
        var second = snapshots.Single(s => s.Scope == District2).Meetings;
        Assert.Equal((2, 0), (second.Held, second.Upcoming));
    }

    [Fact]
    public void EachDistrictShowsTheDateOfItsLastHeldFeedbackMeetingOrNone()
    {
        var meetings = new[]
        {
            Meeting(MeetingKind.FeedbackMeeting, MeetingStatus.Held, Now.AddMonths(-14), [District1]),
            Meeting(MeetingKind.FeedbackMeeting, MeetingStatus.Held, Now.AddMonths(-3), [District1]),
            Meeting(MeetingKind.FeedbackMeeting, MeetingStatus.Cancelled, Now.AddDays(-2), [District1]),
            Meeting(MeetingKind.ThemeMeeting, MeetingStatus.Held, Now.AddDays(-2), [District2], "armoede"),
        };

        var rows = Build(meetings)[0].Meetings.LastFeedbackMeetings;

        Assert.Equal(
            [(District1, "Eerste Wijk", (DateOnly?)DateOnly.FromDateTime(Now.AddMonths(-3).UtcDateTime)), (District2, "Tweede Wijk", null)],
            rows.Select(r => (r.District, r.Name, r.LastHeldOn)));
    }

    [Fact]
    public void FeedbackPerPartyIsAveragedOverAllAnswersAndHiddenBelowTheMinimum()
    {
        var members = Members(["armoede"], ["armoede"]);
        var (school, club) = (members[0], members[1]);
        var first = Meeting(MeetingKind.FeedbackMeeting, MeetingStatus.Held, Now.AddDays(-90), [District1]);
        var second = Meeting(MeetingKind.FeedbackMeeting, MeetingStatus.Held, Now.AddDays(-10), [District1]);
        var answers = new Dictionary<MeetingId, IReadOnlyList<FeedbackSubmission>>
        {
            [first.Id] = [Parties(first, (school.Id, 5, 4, 3, "fijn"), (club.Id, 2, 2, 2, "stil")), Parties(first, (school.Id, 4, 4, 3, null))],
            [second.Id] = [Parties(second, (school.Id, 3, 1, 3, "goed")), Parties(second, (club.Id, 1, 1, 1, null))],
        };

        var rows = builder.BuildArea(Town, Town.Areas[0], new NetworkView(members, []), [], Names, new MeetingInputs([first, second], answers))[0]
            .Meetings.FeedbackByParty;

        var schoolRow = rows.Single(r => r.Party == school.Id.ToString());
        Assert.Equal(("A", 3, 4.0m, 3.0m, 3.0m), (schoolRow.Name, schoolRow.Answers, schoolRow.Contribution, schoolRow.Role, schoolRow.Connection));
        var clubRow = rows.Single(r => r.Party == club.Id.ToString());
        Assert.Equal((2, (decimal?)null, (decimal?)null, (decimal?)null), (clubRow.Answers, clubRow.Contribution, clubRow.Role, clubRow.Connection));
    }

    [Fact]
    public void FeedbackPerThemeAveragesTheUsefulnessOfItsHeldMeetings()
    {
        var armoede1 = Meeting(MeetingKind.ThemeMeeting, MeetingStatus.Held, Now.AddDays(-40), [District1], "armoede");
        var armoede2 = Meeting(MeetingKind.ThemeMeeting, MeetingStatus.Held, Now.AddDays(-20), [District1], "armoede", "meedoen");
        var answers = new Dictionary<MeetingId, IReadOnlyList<FeedbackSubmission>>
        {
            [armoede1.Id] = [Useful(armoede1, 4), Useful(armoede1, 5)],
            [armoede2.Id] = [Useful(armoede2, 3)],
        };

        var rows = builder.BuildArea(Town, Town.Areas[0], new NetworkView([], []), [], Names, new MeetingInputs([armoede1, armoede2], answers))[0]
            .Meetings.FeedbackByTheme;

        Assert.Equal(
            [("armoede", 2, 3, (decimal?)4.0m), ("meedoen", 1, 1, null)],
            rows.Select(r => (r.Theme, r.Meetings, r.Answers, r.Usefulness)));
    }

    [Fact]
    public void TheSnapshotKeepsTheMeetingFiguresThroughItsJsonAndNoAnswerOrRemarkIsInIt()
    {
        var members = Members(["armoede"]);
        var held = Meeting(MeetingKind.FeedbackMeeting, MeetingStatus.Held, Now.AddDays(-10), [District1]);
        var answers = new Dictionary<MeetingId, IReadOnlyList<FeedbackSubmission>>
        {
            [held.Id] = [Parties(held, (members[0].Id, 5, 5, 5, "heel persoonlijke opmerking")), Parties(held, (members[0].Id, 1, 1, 1, null)), Parties(held, (members[0].Id, 3, 3, 3, null))],
        };
        var snapshot = builder.BuildArea(Town, Town.Areas[0], new NetworkView(members, []), [], Names, new MeetingInputs([held], answers))[0];

        var json = JsonSerializer.Serialize(snapshot, DashboardJsonContext.Default.DashboardSnapshot);
        var back = JsonSerializer.Deserialize(json, DashboardJsonContext.Default.DashboardSnapshot)!;

        Assert.Equal(3.0m, Assert.Single(back.Meetings.FeedbackByParty).Contribution);
        Assert.Equal(1, back.Meetings.HeldByKind[MeetingKind.FeedbackMeeting]);
        Assert.DoesNotContain("persoonlijke", json, StringComparison.Ordinal);
        Assert.DoesNotContain(answers[held.Id][0].RespondentKey, json, StringComparison.Ordinal);
    }

    private IReadOnlyList<DashboardSnapshot> Build(IReadOnlyList<Meeting> meetings) =>
        builder.BuildArea(Town, Town.Areas[0], new NetworkView([], []), [], Names, MeetingInputs.None with { Meetings = meetings });

    private static Meeting Meeting(MeetingKind kind, MeetingStatus status, DateTimeOffset start, IReadOnlyList<string> districts, params string[] themes) => new()
    {
        Id = new MeetingId(Town.Code, Interlocked.Increment(ref next).ToString("x32", System.Globalization.CultureInfo.InvariantCulture)),
        Kind = kind,
        Title = kind + " " + next,
        Scope = districts.Count == 1 ? districts[0] : DashboardSamples.Area.ToString(),
        Districts = districts,
        Themes = themes,
        Start = start,
        End = start.AddHours(2),
        Location = "Buurthuis",
        Organiser = Organiser,
        Invitees = [],
        Status = status,
        CreatedAt = start.AddDays(-20),
        UpdatedAt = start,
        LastSequence = 1,
    };

    private static FeedbackSubmission Parties(Meeting meeting, params (MemberId Party, int Contribution, int Role, int Connection, string? Remark)[] parties) =>
        new(meeting.Id, Guid.NewGuid().ToString("N"), null, null, [.. parties.Select(p => new PartyFeedback(p.Party, p.Contribution, p.Role, p.Connection, p.Remark))], meeting.End);

    private static FeedbackSubmission Useful(Meeting meeting, int usefulness) =>
        new(meeting.Id, Guid.NewGuid().ToString("N"), usefulness, null, [], meeting.End);
}
