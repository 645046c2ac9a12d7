using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Wijkverbinder.Domain.Bookings;
using Wijkverbinder.Domain.Budget;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.Domain.Referrals;
using Wijkverbinder.Domain.Successes;
using Wijkverbinder.Domain.Validation;
using Wijkverbinder.TeamsApp.Bot.Cards;

namespace Wijkverbinder.IntegrationTests.Bot;

/// <summary>Every card the bot can send, in one language, built from the app's own resources.</summary>
internal static class BotCardsFactory
{
    private static readonly AreaId Area = new("GM0202", "W2");
    private static readonly District Klarendal = new("WK020207", "Klarendal", Area);

    private static readonly Municipality Arnhem = new(
        "GM0202", "Arnhem", [new Area(Area, "Noordwest", [Klarendal.Code])], [Klarendal],
        [new Theme("meedoen", "Meedoen"), new Theme("leefbaarheid-veiligheid", "Leefbaarheid & Veiligheid")]);

    public static IReadOnlyDictionary<string, Cards.AdaptiveCard> All(string language)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo(language);
        try
        {
            var cards = Create();
            var initiative = new Initiative { Id = new MemberId(Area, new string('a', 32)), Name = "Moestuin Klarendal", Districts = [Klarendal.Code], JoinedOn = new DateOnly(2026, 11, 28) };
            var many = Enumerable.Range(1, 20).Select(i => (Member)(initiative with { Id = new MemberId(Area, i.ToString("x32", CultureInfo.InvariantCulture)), Name = $"Initiatief {i}" })).ToList();
            return new Dictionary<string, Cards.AdaptiveCard>
            {
                ["welcome"] = cards.Welcome(),
                ["help"] = cards.Help(),
                ["help-unknown"] = cards.Help("koffie"),
                ["register"] = cards.RegisterForm(Arnhem, RegisterValues.Empty, []),
                ["register-refused"] = cards.RegisterForm(
                    Arnhem,
                    new RegisterValues("x", Klarendal.Code, "meedoen", "Bewoner 111222333", null),
                    [cards.Problem(new ValidationError("initiator", ValidationCodes.ContainsBsn)), cards.Problem(new ValidationError("name", ValidationCodes.TooLong, 120))]),
                ["registered"] = cards.Registered(initiative, Klarendal),
                ["find"] = cards.FindForm(Arnhem, Klarendal.Code),
                ["find-results"] = cards.FindResults(Klarendal, Arnhem.Themes[0], many),
                ["find-none"] = cards.FindResults(Klarendal, null, []),
                ["summary-form"] = cards.SummaryForm(Arnhem, unknownDistrict: "Atlantis"),
                ["summary"] = cards.Summary(Klarendal, new NetworkSummary(33, Enum.GetValues<MemberKind>().ToDictionary(k => k, k => 11), 4, 3, 2)),
                ["no-municipality"] = cards.NoMunicipality(),
                ["error"] = cards.SomethingWentWrong(),
                ["unknown-action"] = cards.UnknownAction(),
                ["not-allowed"] = cards.NotAllowed(),
                ["consent"] = cards.Consent(Arnhem, [Person(shown: true), Person(shown: false) with { Id = new MemberId(Area, new string('c', 32)) }], outcome: "Uw toestemming is ingetrokken."),
                ["consent-none"] = cards.Consent(Arnhem, [], problems: ["Deze vermelding bestaat niet (meer)."]),
                ["budget-form"] = cards.BudgetForm(Arnhem, Wijkteam, BudgetValues.Empty, [], Today),
                ["budget-form-refused"] = cards.BudgetForm(
                    Arnhem,
                    Wijkteam,
                    new BudgetValues("Moestuin", "12,345", "Zaden", "meedoen", "Tuinieren", null, "2026-12-20", Klarendal.Code),
                    [cards.Problem(new ValidationError("amount", ValidationCodes.InvalidAmount, Euros.Max))],
                    Today),
                ["budget-submitted"] = cards.BudgetSubmitted(BudgetRequest(ReferralStatus.Sent), "Wijkmanager Noordwest"),
                ["budget-assess"] = cards.BudgetAssessment(BudgetRequest(ReferralStatus.Sent), Criteria, Ledger, "Noordwest", AssessmentValues.Empty, []),
                ["budget-assess-refused"] = cards.BudgetAssessment(
                    BudgetRequest(ReferralStatus.Sent),
                    Criteria,
                    Ledger,
                    "Noordwest",
                    new AssessmentValues("2000.00", "Mooi plan", new Dictionary<string, bool> { ["no-private-interest"] = true }, new Dictionary<string, string> { ["stimulus"] = "Eenmalig" }),
                    [cards.Problem(new ValidationError("amount", ValidationCodes.NotEnoughLeft, 1234.50m, "Noordwest", 2026))]),
                ["budget-decided"] = cards.BudgetDecided(BudgetRequest(ReferralStatus.Completed) with { Outcome = "Past in Meedoen" }),
                ["success-form"] = cards.SuccessForm(Arnhem, [initiative], new Dictionary<string, string>(), []),
                ["success-form-refused"] = cards.SuccessForm(
                    Arnhem,
                    [initiative],
                    new Dictionary<string, string> { ["initiative"] = initiative.Id.ToString(), ["story"] = "Veertig buren oogstten samen", ["video"] = "http://video.example/oogst" },
                    [cards.SuccessProblem(new ValidationError("video", ValidationCodes.HttpsLinkOnly))]),
                ["success-none"] = cards.SuccessForm(Arnhem, [], new Dictionary<string, string>(), []),
                ["success-marked"] = cards.SuccessMarked(new Success("s1", initiative.Id, initiative.Name, "Veertig buren oogstten samen", new Uri("https://video.example/oogst"), Wijkteam.Id, DateTimeOffset.UnixEpoch), "Noordwest"),
                ["booking-form"] = cards.BookingForm(Arnhem, Wijkteam, Resources, [initiative], new Dictionary<string, string>(), [], Today),
                ["booking-form-refused"] = cards.BookingForm(
                    Arnhem,
                    Wijkteam,
                    Resources,
                    [initiative],
                    new Dictionary<string, string> { ["resource"] = Resources[0].Id.ToString(), ["from"] = "2026-12-06", ["to"] = "2026-12-08", ["purpose"] = "Burendag", ["district"] = Klarendal.Code, ["initiative"] = initiative.Id.ToString() },
                    [cards.BookingProblem(new ValidationError("from", ValidationCodes.BookingConflict, new DateOnly(2026, 12, 5), new DateOnly(2026, 12, 7), "Requested"))],
                    Today),
                ["booking-none"] = cards.BookingForm(Arnhem, Wijkteam, [], [initiative], new Dictionary<string, string>(), [], Today),
                ["booking-requested"] = cards.BookingRequested(Booking, "Pipowagen", "Wijkmanager Noordwest"),
                ["board-form"] = cards.BoardAccessForm(Arnhem, Wijkteam, new Dictionary<string, string>(), []),
                ["board-form-refused"] = cards.BoardAccessForm(
                    Arnhem,
                    Wijkteam,
                    new Dictionary<string, string> { ["what"] = "Fietsschouw met de wethouder", ["district"] = Klarendal.Code, ["theme"] = "meedoen" },
                    [cards.BoardAccessProblem(new ValidationError("preferredPeriod", ValidationCodes.Required)), cards.BoardAccessProblem(new ValidationError("receiver", ValidationCodes.NoBoardOfficial))]),
                ["board-sent"] = cards.BoardAccessSent(BudgetRequest(ReferralStatus.Sent) with { Subject = SubjectKind.BoardAccess, Summary = "Fietsschouw met de wethouder", Budget = null }, "Bestuursadviseur"),
            };
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    private static readonly DateOnly Today = new(2026, 11, 28);

    private static readonly IReadOnlyList<SharedResource> Resources =
    [
        new() { Id = new ResourceId("GM0202", "pipowagen"), Name = "Pipowagen", Approver = new ColleagueId("manager") },
        new() { Id = new ResourceId("GM0202", "partytent"), Name = "Partytent", Area = Area, Approver = new ColleagueId("manager") },
    ];

    private static Booking Booking => new()
    {
        Id = new BookingId("GM0202", new string('e', 32)), Resource = Resources[0].Id, From = Today.AddDays(8), To = Today.AddDays(10), Purpose = "Burendag",
        District = Klarendal.Code, Initiative = new MemberId(Area, new string('a', 32)), RequestedBy = Wijkteam.Id, Status = BookingStatus.Requested,
        CreatedAt = DateTimeOffset.UnixEpoch, UpdatedAt = DateTimeOffset.UnixEpoch, Sequence = 1,
    };

    private static readonly IReadOnlyList<BudgetCriterion> Criteria = TeamsApp.Budget.BudgetOptions.DefaultCriteria;

    private static readonly AreaBudget Ledger = new(Area, 2026, 25_000m, 23_765.50m, 10_000m, new ColleagueId("manager"));

    private static readonly Colleague Wijkteam = new()
    {
        Id = new ColleagueId("00000000-0000-0000-0000-000000000001"), Kind = ColleagueKind.Person, Name = "Alex", Mail = "alex@gemeente.example",
        Roles = [AppRole.DistrictTeam], Districts = [Klarendal.Code],
    };

    private static Referral BudgetRequest(ReferralStatus status) => new()
    {
        Id = new ReferralId("GM0202", new string('d', 32)), Subject = SubjectKind.BudgetRequest, Summary = "Moestuin Klarendal", District = Klarendal.Code,
        Theme = "meedoen", Urgency = Urgency.Normal, Referrer = Wijkteam.Id, Receiver = new ColleagueId("manager"), DueDate = Today.AddDays(10), Status = status,
        CreatedAt = DateTimeOffset.UnixEpoch, UpdatedAt = DateTimeOffset.UnixEpoch, LastSequence = 1,
        Budget = new()
        {
            Initiative = "Moestuin Klarendal", Amount = 1750.50m, Purpose = "Zaden, gereedschap en een waterton", Themes = ["meedoen"],
            ResidentContribution = "Tien bewoners onderhouden de tuin", OtherFunds = "Oranje Fonds", StartDate = Today.AddDays(30), AppliedOn = Today, Area = Area, Year = 2026,
            Granted = status == ReferralStatus.Completed ? 1500m : null,
        },
    };

    private static Person Person(bool shown) => new()
    {
        Id = new MemberId(Area, new string('b', 32)), Name = "Vera Bos", Districts = [Klarendal.Code], JoinedOn = new DateOnly(2026, 1, 5),
        Roles = [PersonRole.Volunteer], Email = "vera.bos@example.org", ShowContactDetails = shown, ConsentRecordedOn = shown ? new DateOnly(2026, 11, 2) : null,
    };

    public static BotCards Create() =>
        new ServiceCollection().AddLogging().AddLocalization().AddSingleton<BotCards>().BuildServiceProvider().GetRequiredService<BotCards>();
}
