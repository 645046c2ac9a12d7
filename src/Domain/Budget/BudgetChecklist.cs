using Wijkverbinder.Domain.Referrals;
using Wijkverbinder.Domain.Validation;

namespace Wijkverbinder.Domain.Budget;

/// <summary>
/// The assessment of a request against the municipality's criteria. Computed criteria are answered from the request's
/// dates (the assessor's note is kept); the rest by the assessor. A grant needs every criterion answered, and a note on
/// each that is not met (why it is granted anyway); a decline needs only valid answers.
/// </summary>
public static class BudgetChecklist
{
    /// <summary>The answers in the criteria's order, computed ones filled in; unknown criteria are left out.</summary>
    public static IReadOnlyList<ChecklistAnswer> Complete(IReadOnlyList<BudgetCriterion> criteria, IReadOnlyList<ChecklistAnswer> given, BudgetRequest request)
    {
        var answers = new List<ChecklistAnswer>();
        foreach (var criterion in criteria)
        {
            var answer = given.LastOrDefault(a => a.Criterion == criterion.Id);
            var note = string.IsNullOrWhiteSpace(answer?.Note) ? null : answer.Note.Trim();
            if (Computed(criterion.Check, request) is { } met)
            {
                answers.Add(new ChecklistAnswer(criterion.Id, met, note));
            }
            else if (answer is not null)
            {
                answers.Add(answer with { Note = note });
            }
        }

        return answers;
    }

    /// <summary>Problems with completed answers; <paramref name="forGrant"/> also demands every one answered and a note on each "no".</summary>
    public static List<ValidationError> Check(IReadOnlyList<BudgetCriterion> criteria, IReadOnlyList<ChecklistAnswer> completed, bool forGrant)
    {
        var errors = new List<ValidationError>();
        foreach (var criterion in criteria)
        {
            var field = "checklist." + criterion.Id;
            var answer = completed.FirstOrDefault(a => a.Criterion == criterion.Id);
            FreeText.Check(field, answer?.Note, ReferralLimits.NoteLength, required: false, errors);
            if (!forGrant)
            {
                continue;
            }

            if (answer is null)
            {
                errors.Add(new(field, ValidationCodes.NotAnswered, criterion.Text));
            }
            else if (!answer.Met && answer.Note is null)
            {
                errors.Add(new(field, ValidationCodes.NotMetWithoutNote, criterion.Text));
            }
        }

        return errors;
    }

    /// <summary>The answer a computed criterion has for the request; null for the assessor's criteria.</summary>
    public static bool? Computed(CriterionCheck check, BudgetRequest request) => check switch
    {
        CriterionCheck.AppliedBeforeStart => request.AppliedOn < request.StartDate,
        CriterionCheck.StartsWithinYear => request.StartDate <= request.AppliedOn.AddMonths(BudgetLimits.MaxStartMonths),
        _ => null,
    };
}
