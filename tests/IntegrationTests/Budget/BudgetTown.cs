using Wijkverbinder.Domain.Budget;
using Wijkverbinder.Domain.Referrals;
using Wijkverbinder.IntegrationTests.Infrastructure;
using Wijkverbinder.IntegrationTests.Referrals;
using Wijkverbinder.Storage.Budget;

namespace Wijkverbinder.IntegrationTests.Budget;

/// <summary>
/// A <see cref="ReferralTown"/> with aanjaagbudget: area A's budget for this year is held by the sociaal wijkteam
/// (Ann and Bob decide for it), set by the district manager.
/// </summary>
public sealed class BudgetTown
{
    public static readonly BudgetCriteria Criteria = new(
    [
        new("no-private-interest", "Geen privébelang", "No private interest"),
        new("applied-before", "Aangevraagd vóór de activiteit", "Applied before the activity", CriterionCheck.AppliedBeforeStart),
    ]);

    private BudgetTown(ReferralTown referrals)
    {
        Referrals = referrals;
        Store = new TableBudgetStore(referrals.Azurite.Tables);
        Service = new BudgetService(referrals.Service, referrals.Store, Store, referrals.Colleagues, referrals.Azurite.Store, Criteria, referrals.Clock);
    }

    public ReferralTown Referrals { get; }

    public TableBudgetStore Store { get; }

    public BudgetService Service { get; }

    public int Year => Referrals.Clock.GetUtcNow().Year;

    public static IReadOnlyList<ChecklistAnswer> AllMet { get; } = [new("no-private-interest", true)];

    public static async Task<BudgetTown> CreateAsync(AzuriteFixture azurite, decimal budget)
    {
        var town = new BudgetTown(await ReferralTown.CreateAsync(azurite));
        await town.SetBudgetAsync(budget);
        return town;
    }

    public async Task<AreaBudget> SetBudgetAsync(decimal amount)
    {
        var t = Referrals;
        var result = await Service.SetAsync(t.Town.Municipality, t.Town.AreaA.ToString(), Year, amount, ReferralTown.SocialTeamId, t.Manager.Id, CancellationToken.None);
        Assert.True(result.IsValid, string.Join(", ", result.Errors.Select(e => $"{e.Field}:{e.Code}")));
        return result.Value!;
    }

    public BudgetDraft Draft(decimal amount, string initiative = "Buurtmoestuin") => new()
    {
        Initiative = initiative,
        Amount = amount,
        Purpose = "Zaden en gereedschap",
        Themes = ["meedoen"],
        ResidentContribution = "Bewoners onderhouden de tuin",
        StartDate = DateOnly.FromDateTime(Referrals.Clock.GetUtcNow().UtcDateTime).AddDays(20),
        District = Referrals.Town.District1,
        ReferrerTeam = ReferralTown.WijkteamId,
    };

    public async Task<Referral> SubmitAsync(decimal amount, string initiative = "Buurtmoestuin")
    {
        var result = await Service.SubmitAsync(Referrals.Town.Municipality, Draft(amount, initiative), Referrals.Referrer.Id, CancellationToken.None);
        Assert.True(result.IsValid, string.Join(", ", result.Errors.Select(e => $"{e.Field}:{e.Code}")));
        return result.Value!;
    }

    public async Task<AreaBudget> LedgerAsync() => (await Store.GetAsync(Referrals.Town.AreaA, Year, CancellationToken.None))!;
}
