using Wijkverbinder.Domain.Budget;
using Wijkverbinder.Domain.Tests.Referrals;
using Wijkverbinder.Domain.Validation;

namespace Wijkverbinder.Domain.Tests.Budget;

public sealed class BudgetChecklistTests
{
    private static readonly IReadOnlyList<BudgetCriterion> Criteria = BudgetSamples.Criteria;

    [Fact]
    public void ComputedCriteriaAreAnsweredFromTheDatesWhateverTheAssessorSays()
    {
        var late = BudgetSamples.Request(start: ReferralSamples.Today.AddDays(-3));
        var answers = BudgetChecklist.Complete(Criteria, [new("applied-before", true, "Zei de aanvrager")], late);

        var appliedBefore = Assert.Single(answers, a => a.Criterion == "applied-before");
        Assert.False(appliedBefore.Met);
        Assert.Equal("Zei de aanvrager", appliedBefore.Note);
        Assert.True(Assert.Single(answers, a => a.Criterion == "within-year").Met);
    }

    [Fact]
    public void AnActivityMoreThanTwelveMonthsAheadFailsTheSpentInTimeCriterion()
    {
        var far = BudgetSamples.Request(start: ReferralSamples.Today.AddMonths(12).AddDays(1));

        Assert.False(BudgetChecklist.Computed(CriterionCheck.StartsWithinYear, far));
        Assert.True(BudgetChecklist.Computed(CriterionCheck.StartsWithinYear, BudgetSamples.Request(start: ReferralSamples.Today.AddMonths(12))));
    }

    [Fact]
    public void AGrantNeedsEveryCriterionAnsweredAndANoteOnEachThatIsNotMet()
    {
        var answers = BudgetChecklist.Complete(Criteria, [new("no-private-interest", false)], BudgetSamples.Request());

        var errors = BudgetChecklist.Check(Criteria, answers, forGrant: true);

        Assert.Equal(2, errors.Count);
        Assert.Contains(errors, e => e.Field == "checklist.no-private-interest" && e.Code == ValidationCodes.NotMetWithoutNote);
        Assert.Contains(errors, e => e.Field == "checklist.residents-contribute" && e.Code == ValidationCodes.NotAnswered);
    }

    [Fact]
    public void AnExplainedNoIsEnoughForAGrantAndADeclineNeedsNoAnswers()
    {
        var answers = BudgetChecklist.Complete(
            Criteria,
            [new("no-private-interest", false, "De winkelier doneert alleen"), new("residents-contribute", true), new("unknown", true)],
            BudgetSamples.Request());

        Assert.Empty(BudgetChecklist.Check(Criteria, answers, forGrant: true));
        Assert.DoesNotContain(answers, a => a.Criterion == "unknown");
        Assert.Empty(BudgetChecklist.Check(Criteria, [], forGrant: false));
    }
}
