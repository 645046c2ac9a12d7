namespace Wijkverbinder.Domain.Budget;

/// <summary>How a criterion is answered: by the assessor, or computed from the request's dates.</summary>
public enum CriterionCheck
{
    Assessor,

    /// <summary>Met when the request was made before the activity starts.</summary>
    AppliedBeforeStart,

    /// <summary>Met when the activity starts within 12 months of the request, so the money is spent in time.</summary>
    StartsWithinYear,
}
