using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Meetings;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.Domain.Referrals;
using Wijkverbinder.Domain.Validation;

namespace Wijkverbinder.Domain.Budget;

/// <summary>
/// Aanjaagbudget: a request is a referral of its own kind to the area's budget holder, with the same lifecycle,
/// history and notifications. A grant books the amount on the area's ledger in the same transaction as the decision,
/// guarded by the ledger's version: of two grants racing for the last euros one is written, the other is read again
/// and then refused when too little is left. A null result means the request does not exist.
/// </summary>
public sealed partial class BudgetService(
    ReferralService referrals,
    IReferralStore store,
    IBudgetStore budgets,
    IColleagueDirectory colleagues,
    INetworkStore network,
    BudgetCriteria criteria,
    TimeProvider clock)
{
    /// <summary>A decision that lost a race is decided again on what it reads then, this many times at most.</summary>
    public const int Attempts = 3;

    private DateOnly Today => DutchTime.Today(clock);

    public IReadOnlyList<BudgetCriterion> Criteria => criteria.All;

    /// <summary>Submits a request to the budget holder of the district's area for this year.</summary>
    public async Task<Result<Referral>> SubmitAsync(
        Municipality municipality,
        BudgetDraft draft,
        ColleagueId actor,
        CancellationToken cancellationToken,
        IReadOnlyList<ValidationError>? inputErrors = null)
    {
        var today = Today;
        var errors = new List<ValidationError>(inputErrors ?? []);
        errors.AddRange(BudgetValidator.Validate(draft, municipality, today));
        var area = draft.District is { } code && municipality.FindDistrict(code) is { } district ? municipality.FindArea(district.Area) : null;
        var ledger = area is null ? null : await budgets.GetAsync(area.Id, today.Year, cancellationToken);
        if (area is not null && ledger?.Holder is null)
        {
            errors.Add(new("district", ValidationCodes.NoBudgetHolder, area.Name, today.Year));
        }

        if (errors.Count > 0)
        {
            return Result<Referral>.Refused(errors);
        }

        var request = new BudgetRequest
        {
            Initiative = draft.Initiative!.Trim(),
            Amount = draft.Amount!.Value,
            Purpose = draft.Purpose!.Trim(),
            Themes = [.. draft.Themes.Distinct(StringComparer.Ordinal)],
            ResidentContribution = draft.ResidentContribution!.Trim(),
            OtherFunds = string.IsNullOrWhiteSpace(draft.OtherFunds) ? null : draft.OtherFunds.Trim(),
            StartDate = draft.StartDate!.Value,
            AppliedOn = today,
            Area = area!.Id,
            Year = today.Year,
        };
        var referral = new ReferralDraft
        {
            Subject = SubjectKind.BudgetRequest,
            Summary = request.Initiative,
            Details = request.Purpose,
            District = draft.District!,
            Theme = request.Themes[0],
            Receiver = ledger!.Holder,
            ReferrerTeam = draft.ReferrerTeam,
            Budget = request,
        };
        return await referrals.CreateAsync(municipality, referral, actor, cancellationToken);
    }

    /// <summary>The holder grants <paramref name="amount"/> (at most the amount asked, at most what the area has left) with a reason.</summary>
    public async Task<Result<Referral>?> GrantAsync(
        ReferralId id,
        ColleagueId actorId,
        decimal? amount,
        string? reason,
        IReadOnlyList<ChecklistAnswer> answers,
        CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var record = await store.GetAsync(id, cancellationToken);
            if (record is null)
            {
                return null;
            }

            var actor = await colleagues.GetAsync(id.Municipality, actorId, cancellationToken);
            if (actor is null)
            {
                return Result<Referral>.Refused([new("actor", ValidationCodes.UnknownColleague, actorId.Value)]);
            }

            var referral = record.Referral;
            var request = referral.Budget;
            var completed = request is null ? [] : BudgetChecklist.Complete(criteria.All, answers, request);
            var decision = ReferralLifecycle.Grant(referral, actor, reason, r => r with { Budget = r.Budget! with { Granted = amount, Checklist = completed } }, clock.GetUtcNow());
            if (request is null || decision.Errors.Any(e => e.Field is "status" or "actor" or "subject"))
            {
                return Result<Referral>.Refused(decision.IsValid ? [new("subject", ValidationCodes.NotAllowedNow, "Grant", referral.Status.ToString())] : decision.Errors);
            }

            var errors = new List<ValidationError>(decision.Errors);
            BudgetValidator.CheckAmount("amount", amount, errors);
            errors.AddRange(BudgetChecklist.Check(criteria.All, completed, forGrant: true));
            if (amount > request.Amount)
            {
                errors.Add(new("amount", ValidationCodes.AboveRequested, request.Amount));
            }

            var ledger = await budgets.GetAsync(request.Area, request.Year, cancellationToken) ?? AreaBudget.Empty(request.Area, request.Year);
            if (amount > ledger.Left && errors.Count == 0)
            {
                errors.Add(new("amount", ValidationCodes.NotEnoughLeft, ledger.Left, await AreaNameAsync(request.Area, cancellationToken), request.Year));
            }

            if (errors.Count > 0)
            {
                return Result<Referral>.Refused(errors);
            }

            try
            {
                var change = decision.Value! with { Ledger = ledger with { Granted = ledger.Granted + amount!.Value } };
                return Result<Referral>.Success(await store.SaveAsync(change, cancellationToken));
            }
            catch (VersionConflictException) when (attempt < Attempts)
            {
                // Another decision or spending was booked on this area (or this request) meanwhile: decide again on what is there now.
            }
            catch (VersionConflictException)
            {
                return Result<Referral>.Refused([new("status", ValidationCodes.ChangedMeanwhile, referral.Status.ToString())]);
            }
        }
    }

    /// <summary>The holder declines with a reason; the checklist, when given, is kept with the decision.</summary>
    public async Task<Result<Referral>?> DeclineAsync(ReferralId id, ColleagueId actorId, string? reason, IReadOnlyList<ChecklistAnswer> answers, CancellationToken cancellationToken)
    {
        var record = await store.GetAsync(id, cancellationToken);
        if (record is null)
        {
            return null;
        }

        var actor = await colleagues.GetAsync(id.Municipality, actorId, cancellationToken);
        if (actor is null)
        {
            return Result<Referral>.Refused([new("actor", ValidationCodes.UnknownColleague, actorId.Value)]);
        }

        var referral = record.Referral;
        var decision = ReferralLifecycle.Decline(referral, actor, reason, clock.GetUtcNow());
        if (referral.Budget is not { } request || !decision.IsValid)
        {
            return Result<Referral>.Refused(decision.IsValid ? [new("subject", ValidationCodes.NotAllowedNow, "Decline", referral.Status.ToString())] : decision.Errors);
        }

        var completed = BudgetChecklist.Complete(criteria.All, answers, request);
        var errors = BudgetChecklist.Check(criteria.All, completed, forGrant: false);
        if (errors.Count > 0)
        {
            return Result<Referral>.Refused(errors);
        }

        var change = decision.Value! with { After = decision.Value.After with { Budget = request with { Checklist = completed } } };
        try
        {
            return Result<Referral>.Success(await store.SaveAsync(change, cancellationToken));
        }
        catch (VersionConflictException)
        {
            var now = await store.GetAsync(id, cancellationToken);
            return Result<Referral>.Refused([new("status", ValidationCodes.ChangedMeanwhile, (now?.Referral.Status ?? referral.Status).ToString())]);
        }
    }

    private async Task<string> AreaNameAsync(AreaId area, CancellationToken cancellationToken) =>
        (await network.GetMunicipalityAsync(area.Municipality, cancellationToken))?.FindArea(area)?.Name ?? area.ToString();
}
