using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Wijkverbinder.Cards;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Meetings;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.IntegrationTests.Bot;
using Wijkverbinder.Notifications.Meetings;
using Wijkverbinder.TeamsApp.Bot.Cards;

namespace Wijkverbinder.IntegrationTests.Meetings.Bot;

/// <summary>Every meeting card (plan form, agenda per viewer and status, feedback, thanks), built from the app's own resources.</summary>
internal static class MeetingCardsFactory
{
    private static readonly AreaId Area = new("GM0202", "W2");
    private static readonly District Klarendal = new("WK020207", "Klarendal", Area);

    public static readonly Municipality Arnhem = new(
        "GM0202", "Arnhem", [new Area(Area, "Noordwest", [Klarendal.Code])], [Klarendal],
        [new Theme("meedoen", "Meedoen"), new Theme("armoede", "Armoede")]);

    public static readonly DateTimeOffset Now = new(2026, 11, 28, 9, 0, 0, TimeSpan.Zero);

    public static readonly Colleague Organiser = Person("11111111-1111-1111-1111-111111111111", "Ruud Jansen");
    public static readonly Colleague Guest = Person("22222222-2222-2222-2222-222222222222", "Sanne de Vries");

    public static readonly MemberId Garden = new(Area, new string('a', 32));
    public static readonly MemberId Centre = new(Area, new string('b', 32));

    public static IReadOnlyDictionary<string, AdaptiveCard> All(string language)
    {
        var previous = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(language);
        try
        {
            var cards = CreateMeetingCards();
            var bot = BotCardsFactory.Create();
            var suggestions = new List<SuggestedInvitee>
            {
                new(Garden, "Moestuin Klarendal", MemberKind.Initiative, ["meedoen"], IsNew: true, NotMetLastYear: true),
                new(Centre, "Buurthuis De Kroon", MemberKind.Partner, ["meedoen"], IsNew: false, NotMetLastYear: false),
            };
            var planned = View(Meeting(MeetingStatus.Planned));
            var started = View(Meeting(MeetingStatus.Planned) with { Start = Now.AddHours(-2), End = Now.AddHours(-1) });
            var held = View(Held(MeetingKind.ThemeMeeting));
            var feedbackMeeting = View(Held(MeetingKind.FeedbackMeeting));
            var values = new MeetingValues("ThemeMeeting", "Samen tegen eenzaamheid", Klarendal.Code, "meedoen", "2026-12-08", "19:30", "21:00", "Buurthuis De Kroon", "true", "1. Welkom\n2. Wat speelt er?", null, null);
            return new Dictionary<string, AdaptiveCard>
            {
                ["plan-step1"] = bot.MeetingForm(Arnhem, Organiser, MeetingValues.Empty, null, [Organiser, Guest], [], DateOnly.FromDateTime(Now.Date)),
                ["plan-step2"] = bot.MeetingForm(Arnhem, Organiser, values, suggestions, [Organiser, Guest], [], DateOnly.FromDateTime(Now.Date)),
                ["plan-step2-none"] = bot.MeetingForm(Arnhem, Organiser, values, [], [Organiser, Guest], [], DateOnly.FromDateTime(Now.Date)),
                ["plan-refused"] = bot.MeetingForm(
                    Arnhem, Organiser, values with { Invitees = new HashSet<string>() }, suggestions, [Organiser, Guest],
                    [bot.Problem(new("start", Domain.Validation.ValidationCodes.InPast)), bot.Problem(new("invitees", Domain.Validation.ValidationCodes.NoInvitees))],
                    DateOnly.FromDateTime(Now.Date)),
                ["agenda-channel"] = cards.Agenda(planned, null, [], ["29:a", "29:b"], Now),
                ["agenda-invitee"] = cards.Agenda(planned, Guest, [Organiser, Guest], ["29:a"], Now),
                ["agenda-stranger-refused"] = cards.Agenda(planned, Person("33333333-3333-3333-3333-333333333333", "Mila Bakker"), [], [], Now, "Alleen genodigden van deze bijeenkomst kunnen dit doen."),
                ["agenda-organiser-started"] = cards.Agenda(started, Organiser, [Organiser, Guest], ["29:a"], Now),
                ["agenda-organiser-held"] = cards.Agenda(held, Organiser, [Organiser, Guest], ["29:a"], Now),
                ["agenda-cancelled"] = cards.Agenda(View(Meeting(MeetingStatus.Cancelled) with { CancelReason = "Te weinig aanmeldingen" }), null, [], [], Now),
                ["feedback-theme"] = cards.Feedback(held),
                ["feedback-parties"] = cards.Feedback(feedbackMeeting),
                ["feedback-refused"] = cards.Feedback(held, ["Alleen wie bij de bijeenkomst was, kan feedback geven."]),
                ["feedback-refused-kept"] = cards.Feedback(feedbackMeeting, ["Geef een cijfer van 1 tot 5."], new Dictionary<string, string>
                {
                    [MeetingInputs.Party(0, "contribution")] = "4",
                    [MeetingInputs.Party(0, "role")] = "9",
                    [MeetingInputs.Party(0, "remark")] = "Altijd bereikbaar",
                }),
                ["thanks-few"] = cards.FeedbackThanks(held, FeedbackSummary.Of([Answer(4, "Goed gesprek")])),
                ["thanks-many"] = cards.FeedbackThanks(held, FeedbackSummary.Of([Answer(4, "Goed gesprek"), Answer(5, null), Answer(3, "Te kort")])),
                ["thanks-parties"] = cards.FeedbackThanks(feedbackMeeting, FeedbackSummary.Of([PartyAnswer(4), PartyAnswer(5), PartyAnswer(3)])),
            };
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = previous;
        }
    }

    public static MeetingCards CreateMeetingCards() =>
        new ServiceCollection().AddLogging().AddLocalization().AddSingleton<MeetingCards>().BuildServiceProvider().GetRequiredService<MeetingCards>();

    public static Meeting Meeting(MeetingStatus status, MeetingKind kind = MeetingKind.ThemeMeeting) => new()
    {
        Id = new MeetingId("GM0202", new string('c', 32)),
        Kind = kind,
        Title = "Samen tegen eenzaamheid",
        Scope = Klarendal.Code,
        Districts = [Klarendal.Code],
        Themes = ["meedoen"],
        Start = new DateTimeOffset(2026, 12, 8, 18, 30, 0, TimeSpan.Zero),
        End = new DateTimeOffset(2026, 12, 8, 20, 0, 0, TimeSpan.Zero),
        Location = "Buurthuis De Kroon",
        Online = true,
        Agenda = "1. Welkom\n2. Wat speelt er?",
        Organiser = Organiser.Id,
        Invitees =
        [
            new(InviteeRef.For(Garden)),
            new(InviteeRef.For(Centre)),
            new(InviteeRef.For(Guest.Id), Rsvp.Accepted),
            new(InviteeRef.For(Organiser.Id), Rsvp.Tentative),
        ],
        Status = status,
        CreatedAt = Now,
        UpdatedAt = Now,
        LastSequence = 1,
    };

    public static MeetingView View(Meeting meeting) => new(
        meeting,
        new MeetingLinks(JoinUrl: "https://teams.example/l/meetup-join/1"),
        "Klarendal",
        ["Meedoen"],
        meeting.Invitees.Select(i => new InviteeLine(
            i,
            i.Ref.Member == Garden ? "Moestuin Klarendal" : i.Ref.Member == Centre ? "Buurthuis De Kroon" : i.Ref.Colleague == Guest.Id ? Guest.Name : Organiser.Name,
            i.Ref.Member == Garden ? InviteeGroup.Initiatives : i.Ref.Member == Centre ? InviteeGroup.Partners : InviteeGroup.Colleagues,
            i.Ref.Colleague is not null)).ToList(),
        new Dictionary<ColleagueId, string> { [Organiser.Id] = Organiser.Name, [Guest.Id] = Guest.Name });

    private static Meeting Held(MeetingKind kind) => Meeting(MeetingStatus.Held, kind) with
    {
        Start = Now.AddDays(-1),
        End = Now.AddDays(-1).AddHours(2),
        Invitees = Meeting(MeetingStatus.Planned).Invitees.Select(i => i with { Attended = i.Ref.Colleague != Organiser.Id }).ToList(),
        Actions = [new AgreedAction(1, "Flyer maken", Guest.Id, new DateOnly(2026, 12, 15)), new AgreedAction(2, "Zaal boeken", Organiser.Id, new DateOnly(2026, 12, 1), Done: true)],
    };

    private static FeedbackSubmission Answer(int usefulness, string? remark) =>
        new(Meeting(MeetingStatus.Held).Id, Guid.NewGuid().ToString("N"), usefulness, remark, [], Now);

    private static FeedbackSubmission PartyAnswer(int score) =>
        new(Meeting(MeetingStatus.Held).Id, Guid.NewGuid().ToString("N"), null, null, [new PartyFeedback(Garden, score, score, score, "Fijne samenwerking " + score)], Now);

    private static Colleague Person(string id, string name) => new()
    {
        Id = new ColleagueId(id), Kind = ColleagueKind.Person, Name = name, Mail = name.Split(' ')[0].ToLowerInvariant() + "@gemeente.example",
        Roles = [AppRole.DistrictTeam], Districts = [Klarendal.Code],
    };
}
