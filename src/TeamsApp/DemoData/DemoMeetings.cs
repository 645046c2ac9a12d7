using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Meetings;
using Wijkverbinder.Domain.Network;

namespace Wijkverbinder.TeamsApp.DemoData;

/// <summary>
/// Four meetings in the demo municipality's first area, through <see cref="MeetingService"/> on a clock set to when each
/// step happened: a theme meeting Alex Wilber held six weeks ago (attendance, two actions, four answers) and a feedback
/// meeting of the area three months ago (three answers on each party), so the network status shows held meetings and
/// aggregated feedback; and two planned ones ahead. Written once: a municipality with meetings is left alone.
/// </summary>
internal sealed class DemoMeetings(IMeetingStore meetings, IMeetingFeedbackStore feedback, IColleagueDirectory colleagues, INetworkStore network, TimeProvider clock)
{
    /// <summary>How far back the seed looks for meetings that are there already (the demo's go back three months).</summary>
    private const int LookBackYears = 2;

    /// <summary>Writes the demo meetings unless the municipality has meetings; returns the number written.</summary>
    public async Task<int> SeedOnceAsync(Municipality municipality, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if ((await meetings.ListSinceAsync(municipality.Code, now.AddYears(-LookBackYears), cancellationToken)).Count > 0)
        {
            return 0;
        }

        var area = municipality.Areas[0];
        var people = (await colleagues.ListAsync(municipality.Code, cancellationToken)).Where(c => c.Kind == ColleagueKind.Person).ToList();
        var alex = people.Single(c => c.Id == DemoColleagues.PlaygroundUser).Id;
        var megan = people.Single(c => c.Id == DemoColleagues.PlaygroundSpecialist).Id;
        var manager = people.First(c => c.Has(AppRole.DistrictManager) && area.DistrictCodes.All(c.Districts.Contains)).Id;
        var specialist = people.Where(c => c.Has(AppRole.Specialist) && c.Id != megan).OrderBy(c => c.Name, StringComparer.Ordinal).First().Id;
        var view = await network.GetAreaNetworkAsync(area.Id, cancellationToken);
        var district = area.DistrictCodes[0];
        var local = Parties(view, district);
        var areaWide = Parties(view, null);
        var themes = municipality.Themes;
        var demoClock = new DemoClock(now);
        var steps = new DemoMeetingSteps(new MeetingService(new TasklessMeetingStore(meetings), feedback, colleagues, network, demoClock), demoClock, municipality);

        var theme = await steps.HeldAsync(
            alex,
            Draft(MeetingKind.ThemeMeeting, $"Meedoen in {DistrictName(municipality, district)}", district, [themes[0].Id], steps.Day(-42, 19), [alex, manager, megan, specialist], local),
            [.. Refs(alex, manager, megan, specialist), local[0], local[1]],
            cancellationToken);
        await steps.AgreeAsync(theme, alex, "Folder over het buurtfonds laten vertalen", megan, 14, done: false, cancellationToken);
        await steps.AgreeAsync(theme, alex, "Zaal reserveren voor de volgende bijeenkomst", manager, -35, done: true, cancellationToken);
        await steps.AnswerAsync(theme, alex, 4, "Goed om elkaar weer te zien.", [], cancellationToken);
        await steps.AnswerAsync(theme, manager, 5, "Concrete afspraken gemaakt.", [], cancellationToken);
        await steps.AnswerAsync(theme, megan, 3, "Graag de agenda een week eerder.", [], cancellationToken);
        await steps.AnswerAsync(theme, specialist, 4, null, [], cancellationToken);

        var yearly = await steps.HeldAsync(
            manager,
            Draft(MeetingKind.FeedbackMeeting, $"Jaarlijkse feedbackbijeenkomst {area.Name}", area.Id.ToString(), [themes[3].Id], steps.Day(-90, 15), [alex, manager, megan], areaWide),
            [.. Refs(alex, manager, megan), .. areaWide],
            cancellationToken);
        int[][] scores = [[4, 4, 5], [3, 4, 3], [5, 4, 4]];
        foreach (var (respondent, score) in new[] { alex, manager, megan }.Zip(scores))
        {
            var parties = areaWide.Select((p, i) => new PartyFeedback(p.Member!.Value, score[i], score[(i + 1) % 3], score[(i + 2) % 3])).ToList();
            await steps.AnswerAsync(yearly, respondent, null, null, parties, cancellationToken);
        }

        await steps.PlanAsync(
            alex,
            Draft(MeetingKind.ThemeMeeting, "Armoede: plannen voor het voorjaar", district, [themes[1].Id], steps.Day(10, 19), [manager, megan, specialist], local),
            cancellationToken);
        var second = area.DistrictCodes[^1];
        await steps.PlanAsync(
            manager,
            Draft(MeetingKind.BoardMeeting, $"Fietsschouw {DistrictName(municipality, second)} met de wethouder", second, [themes[2].Id], steps.Day(24, 10), [alex], Parties(view, second)),
            cancellationToken);
        return 4;
    }

    /// <summary>Up to three partners and initiatives (of one district, or of the whole area), by name.</summary>
    private static List<InviteeRef> Parties(NetworkView view, string? district) =>
        view.Members
            .Where(m => m.Kind is MemberKind.Partner or MemberKind.Initiative && (district is null || m.Districts.Contains(district)))
            .OrderBy(m => m.Name, StringComparer.Ordinal)
            .Take(3)
            .Select(m => InviteeRef.For(m.Id))
            .ToList();

    private static MeetingDraft Draft(MeetingKind kind, string title, string scope, IReadOnlyList<string> themes, DateTimeOffset start, IEnumerable<ColleagueId> invited, IEnumerable<InviteeRef> parties) => new()
    {
        Kind = kind,
        Title = title,
        Scope = scope,
        Themes = themes,
        Start = start,
        End = start.AddHours(2),
        Location = "Wijkcentrum",
        Online = kind != MeetingKind.BoardMeeting,
        Agenda = "1. Welkom\n2. Wat loopt er goed, wat kan beter?\n3. Afspraken",
        Invitees = [.. invited.Select(InviteeRef.For), .. parties],
    };

    private static IEnumerable<InviteeRef> Refs(params ColleagueId[] colleagues) => colleagues.Select(InviteeRef.For);

    private static string DistrictName(Municipality municipality, string code) => municipality.FindDistrict(code)?.Name ?? code;
}
