using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Wijkverbinder.Domain.Budget;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.Domain.Referrals;
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
            };
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    private static readonly DateOnly Today = new(2026, 11, 28);

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
