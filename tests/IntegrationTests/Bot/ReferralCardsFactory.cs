using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Wijkverbinder.Cards;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.Domain.Referrals;
using Wijkverbinder.Notifications.Cards;
using Wijkverbinder.Notifications.Referrals;
using Wijkverbinder.TeamsApp.Bot.Cards;

namespace Wijkverbinder.IntegrationTests.Bot;

/// <summary>Every referral card, for every status and viewer, built by hand from the app's own resources.</summary>
internal static class ReferralCardsFactory
{
    private static readonly AreaId Area = new("GM0202", "W2");
    private static readonly District Klarendal = new("WK020207", "Klarendal", Area);

    public static readonly DateTimeOffset Now = new(2026, 11, 28, 9, 0, 0, TimeSpan.Zero);

    public static readonly Colleague Referrer = Person("11111111-1111-1111-1111-111111111111", "Ruud Jansen");
    public static readonly Colleague Receiver = Person("22222222-2222-2222-2222-222222222222", "Sanne de Vries");
    public static readonly Colleague Other = Person("33333333-3333-3333-3333-333333333333", "Mila Bakker");

    public static IReadOnlyDictionary<string, AdaptiveCard> All(string language)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo(language);
        try
        {
            var cards = CreateCards();
            var bot = BotCardsFactory.Create();
            var result = new Dictionary<string, AdaptiveCard>();
            foreach (var status in Enum.GetValues<ReferralStatus>())
            {
                var view = View(Referral(status));
                result[$"referral-{status}-receiver"] = cards.ForViewer(view, Receiver, [Referrer, Other], ["29:a", "29:b"]);
                result[$"referral-{status}-referrer"] = cards.ForViewer(view, Referrer, [Receiver, Other], ["29:a", "29:b"]);
            }

            foreach (var purpose in Enum.GetValues<NotificationPurpose>())
            {
                result[$"notification-{purpose}"] = cards.ForNotification(View(Referral(ReferralStatus.Sent)), Receiver, purpose, [Other], []);
            }

            result["referral-refused"] = cards.ForViewer(View(Referral(ReferralStatus.Sent)), Receiver, [Other], [], problem: "Geef een reden op.");
            result["digest"] = cards.Digest("Mila Bakker", [View(Referral(ReferralStatus.Accepted)), View(Referral(ReferralStatus.Sent) with { DueDate = new DateOnly(2026, 11, 1) })], DateOnly.FromDateTime(Now.UtcDateTime));
            result["digest-empty"] = cards.Digest("Mila Bakker", [], DateOnly.FromDateTime(Now.UtcDateTime));

            var arnhem = new Municipality("GM0202", "Arnhem", [new Area(Area, "Noordwest", [Klarendal.Code])], [Klarendal], [new Theme("armoede", "Armoede")]);
            var initiative = new Initiative { Id = new MemberId(Area, new string('a', 32)), Name = "Moestuin Klarendal", Districts = [Klarendal.Code], JoinedOn = new DateOnly(2026, 1, 1) };
            result["refer-start"] = bot.ReferStart(arnhem);
            result["refer-form"] = bot.ReferForm(arnhem, Klarendal, arnhem.Themes[0], [initiative], [Receiver, Other], Receiver, ReferralValues.Empty, []);
            result["refer-form-refused"] = bot.ReferForm(arnhem, Klarendal, arnhem.Themes[0], [], [Receiver], null, ReferralValues.Empty with { Summary = "x", PersonalData = "true" }, ["Dit veld is verplicht."]);
            result["mine"] = bot.Mine([Referral(ReferralStatus.Sent)], [Referral(ReferralStatus.Completed)]);
            result["mine-empty"] = bot.Mine([], []);
            result["not-a-colleague"] = bot.NotAColleague();
            return result;
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    public static ReferralCards CreateCards() => new ServiceCollection()
        .AddLogging()
        .AddSingleton<TimeProvider>(new FakeTimeProvider(Now))
        .AddReferralCards()
        .BuildServiceProvider()
        .GetRequiredService<ReferralCards>();

    public static Referral Referral(ReferralStatus status, string summary = "Hulp bij de energietoeslag", string? details = "Bewoner weet niet waar te beginnen.") => new()
    {
        Id = new ReferralId("GM0202", new string('b', 32)),
        Subject = SubjectKind.ResidentQuestion,
        Summary = summary,
        Details = details,
        District = Klarendal.Code,
        Theme = "armoede",
        Urgency = Urgency.High,
        Referrer = Referrer.Id,
        Receiver = Receiver.Id,
        DueDate = new DateOnly(2026, 12, 4),
        Status = status,
        OpenQuestion = status == ReferralStatus.InformationRequested ? "Is er al contact met de schuldhulp?" : null,
        StatusBeforeQuestion = status == ReferralStatus.InformationRequested ? ReferralStatus.Accepted : null,
        DeclineReason = status == ReferralStatus.Declined ? "Past niet bij ons team." : null,
        Outcome = status == ReferralStatus.Completed ? "Aanvraag samen ingediend." : null,
        CreatedAt = Now,
        UpdatedAt = Now,
        LastSequence = 2,
    };

    public static ReferralView View(Referral referral) => new(
        new ReferralRecord(referral,
        [
            new ReferralEvent { Sequence = 1, Kind = ReferralEventKind.Created, Actor = Referrer.Id, At = Now, StatusAfter = ReferralStatus.New },
            new ReferralEvent { Sequence = 2, Kind = ReferralEventKind.Forwarded, Actor = Other.Id, At = Now, StatusAfter = ReferralStatus.Forwarded, Receiver = Receiver.Id },
        ]),
        "Klarendal",
        "Armoede",
        null,
        new[] { Referrer, Receiver, Other }.ToDictionary(c => c.Id),
        new Uri("https://teams.microsoft.com/l/entity/app/referrals"));

    private static Colleague Person(string id, string name) => new()
    {
        Id = new ColleagueId(id),
        Kind = ColleagueKind.Person,
        Name = name,
        Mail = "x@gemeente.example",
        Roles = [AppRole.Specialist],
        Districts = [Klarendal.Code],
    };
}
