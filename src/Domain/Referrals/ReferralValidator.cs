using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.Domain.Validation;

namespace Wijkverbinder.Domain.Referrals;

/// <summary>The rules a new referral must meet. Every broken rule is reported, so the referrer fixes all at once.</summary>
public static class ReferralValidator
{
    public static List<ValidationError> Validate(
        ReferralDraft draft,
        Municipality municipality,
        Colleague referrer,
        Colleague? receiver,
        Member? initiative,
        DateOnly today)
    {
        var errors = new List<ValidationError>();
        FreeText.Check("summary", draft.Summary, ReferralLimits.SummaryLength, required: true, errors);
        FreeText.Check("details", draft.Details, ReferralLimits.DetailsLength, required: false, errors);

        var district = municipality.FindDistrict(draft.District);
        if (district is null)
        {
            errors.Add(new("district", string.IsNullOrWhiteSpace(draft.District) ? ValidationCodes.Required : ValidationCodes.UnknownDistrict, draft.District ?? ""));
        }
        else if (!referrer.Districts.Contains(district.Code))
        {
            // Role x district: one refers only in a district one works in.
            errors.Add(new("district", ValidationCodes.OutsideYourDistricts, district.Code));
        }

        if (!municipality.HasTheme(draft.Theme))
        {
            errors.Add(new("theme", string.IsNullOrWhiteSpace(draft.Theme) ? ValidationCodes.Required : ValidationCodes.UnknownTheme, draft.Theme ?? ""));
        }

        if (draft.Subject == SubjectKind.Initiative)
        {
            if (draft.Initiative is null)
            {
                errors.Add(new("initiative", ValidationCodes.Required));
            }
            else if (initiative is not Initiative)
            {
                errors.Add(new("initiative", initiative is null ? ValidationCodes.UnknownMember : ValidationCodes.NotAnInitiative, draft.Initiative.Value.ToString()));
            }
        }

        if (receiver is null)
        {
            errors.Add(new("receiver", draft.Receiver is null ? ValidationCodes.NoReceiver : ValidationCodes.UnknownColleague, draft.Receiver?.Value ?? ""));
        }
        else if (receiver.Id == referrer.Id)
        {
            errors.Add(new("receiver", ValidationCodes.SelfReferral));
        }

        if (draft.ReferrerTeam is { } team && !referrer.Teams.Contains(team))
        {
            errors.Add(new("referrerTeam", ValidationCodes.UnknownColleague, team.Value));
        }

        if (draft.DueDate is { } due && due < today)
        {
            errors.Add(new("dueDate", ValidationCodes.InPast));
        }
        else if (draft.DueDate is { } far && far > today.AddDays(ReferralLimits.MaxDueDays))
        {
            errors.Add(new("dueDate", ValidationCodes.TooFarAhead, ReferralLimits.MaxDueDays));
        }

        if ((draft.Subject == SubjectKind.BudgetRequest && draft.Budget is null) || (draft.Subject == SubjectKind.BoardAccess && draft.BoardAccess is null))
        {
            // These kinds carry a form of their own (BudgetService, BoardAccessService); without it they cannot be decided.
            errors.Add(new("subject", ValidationCodes.UnknownValue, draft.Subject.ToString(), $"{nameof(SubjectKind.ResidentQuestion)}, {nameof(SubjectKind.Initiative)}"));
        }

        CheckConsent(draft, today, errors);
        return errors;
    }

    private static void CheckConsent(ReferralDraft draft, DateOnly today, List<ValidationError> errors)
    {
        if (!draft.ContainsPersonalData)
        {
            return;
        }

        if (string.IsNullOrWhiteSpace(draft.ConsentGivenTo) || draft.ConsentGivenOn is null)
        {
            errors.Add(new("consent", ValidationCodes.ConsentRequired));
            return;
        }

        FreeText.Check("consent.givenTo", draft.ConsentGivenTo, ReferralLimits.ConsentGivenToLength, required: true, errors);
        if (draft.ConsentGivenOn > today)
        {
            errors.Add(new("consent.givenOn", ValidationCodes.InFuture));
        }
    }
}
