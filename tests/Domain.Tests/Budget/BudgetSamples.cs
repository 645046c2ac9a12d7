using Wijkverbinder.Domain.Budget;
using Wijkverbinder.Domain.Referrals;
using Wijkverbinder.Domain.Tests.Referrals;

namespace Wijkverbinder.Domain.Tests.Budget;

/// <summary>A checklist, a request and a budget referral for the budget tests.</summary>
internal static class BudgetSamples
{
    public static readonly IReadOnlyList<BudgetCriterion> Criteria =
    [
        new("no-private-interest", "Geen privébelang", "No private interest"),
        new("residents-contribute", "Bewoners dragen zelf bij", "Residents contribute"),
        new("applied-before", "Aangevraagd vóór de activiteit", "Applied before the activity", CriterionCheck.AppliedBeforeStart),
        new("within-year", "Binnen 12 maanden besteed", "Spent within 12 months", CriterionCheck.StartsWithinYear),
    ];

    public static BudgetRequest Request(DateOnly? start = null) => new()
    {
        Initiative = "Buurtmoestuin",
        Amount = 750.50m,
        Purpose = "Zaden, gereedschap en een waterton",
        Themes = ["meedoen"],
        ResidentContribution = "Tien bewoners onderhouden de tuin",
        StartDate = start ?? ReferralSamples.Today.AddDays(30),
        AppliedOn = ReferralSamples.Today,
        Area = ReferralSamples.AreaA,
        Year = ReferralSamples.Today.Year,
    };

    public static BudgetDraft Draft() => new()
    {
        Initiative = "Buurtmoestuin",
        Amount = 750.50m,
        Purpose = "Zaden, gereedschap en een waterton",
        Themes = ["meedoen"],
        ResidentContribution = "Tien bewoners onderhouden de tuin",
        StartDate = ReferralSamples.Today.AddDays(30),
        District = ReferralSamples.HomeDistrict,
    };

    public static Referral Referral(ReferralStatus status = ReferralStatus.Sent) =>
        ReferralSamples.Referral(status) with { Subject = SubjectKind.BudgetRequest, Budget = Request() };
}
