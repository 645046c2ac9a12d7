using System.Globalization;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.Domain.Referrals;
using Wijkverbinder.Domain.Validation;

namespace Wijkverbinder.Domain.Budget;

/// <summary>Spending on granted requests and the yearly budget of an area.</summary>
public sealed partial class BudgetService
{
    /// <summary>Who registers spending on a request: its holder (the receiver, or a member of the receiving team) or its referrer.</summary>
    public static bool MaySpend(Colleague actor, Referral referral)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return ReferralLifecycle.IsActorFor(ReferralAction.Decline, referral, actor) || ReferralLifecycle.IsActorFor(ReferralAction.ProvideInformation, referral, actor);
    }

    /// <summary>Who sets an area's budget and holder: a Beheerder, or a wijkmanager who works in one of the area's districts.</summary>
    public static bool MayManage(Colleague actor, Area? area)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.Has(AppRole.Administrator) || (actor.Has(AppRole.DistrictManager) && area is not null && actor.Districts.Any(area.DistrictCodes.Contains));
    }

    /// <summary>Registers money spent on a granted request (by its referrer or holder); never more than is left of the grant.</summary>
    public async Task<Result<Referral>?> SpendAsync(ReferralId id, ColleagueId actorId, decimal? amount, string? note, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var record = await store.GetAsync(id, cancellationToken);
            if (record is null)
            {
                return null;
            }

            var actor = await colleagues.GetAsync(id.Municipality, actorId, cancellationToken);
            var referral = record.Referral;
            if (actor is null || !MaySpend(actor, referral))
            {
                return Result<Referral>.Refused([new("actor", ValidationCodes.NotReceiver)]);
            }

            if (referral.Budget is not { Granted: { } granted } request || referral.Status != ReferralStatus.Completed)
            {
                return Result<Referral>.Refused([new("status", ValidationCodes.NotGranted)]);
            }

            var errors = new List<ValidationError>();
            BudgetValidator.CheckAmount("amount", amount, errors);
            FreeText.Check("note", note, ReferralLimits.NoteLength, required: false, errors);
            if (errors.Count == 0 && amount > granted - request.Spent)
            {
                errors.Add(new("amount", ValidationCodes.AboveGranted, granted - request.Spent));
            }

            var ledger = await budgets.GetAsync(request.Area, request.Year, cancellationToken);
            if (errors.Count > 0 || ledger is null)
            {
                return Result<Referral>.Refused(errors.Count > 0 ? errors : [new("status", ValidationCodes.NotGranted)]);
            }

            var spent = amount!.Value;
            var text = spent.ToString("0.00", CultureInfo.InvariantCulture) + (string.IsNullOrWhiteSpace(note) ? string.Empty : " " + note.Trim());
            var change = ReferralLifecycle.Record(referral, ReferralEventKind.SpendingRecorded, actor.Id, clock.GetUtcNow(), r => r with { Budget = request with { Spent = request.Spent + spent } }, text)
                with { Ledger = ledger with { Spent = ledger.Spent + spent } };
            try
            {
                return Result<Referral>.Success(await store.SaveAsync(change, cancellationToken));
            }
            catch (VersionConflictException) when (attempt < Attempts)
            {
                // A grant on the same area was booked meanwhile; spending does not depend on it, so book it on the ledger as it is now.
            }
            catch (VersionConflictException)
            {
                return Result<Referral>.Refused([new("status", ValidationCodes.ChangedMeanwhile, referral.Status.ToString())]);
            }
        }
    }

    /// <summary>
    /// Sets an area's budget for a year and its holder (a wijkmanager of the area or a Beheerder); never below what
    /// is already granted from it. <paramref name="version"/>, when given, must be the ledger's version now.
    /// </summary>
    public async Task<Result<AreaBudget>> SetAsync(
        Municipality municipality,
        string? areaText,
        int year,
        decimal? amount,
        ColleagueId? holderId,
        ColleagueId actorId,
        CancellationToken cancellationToken)
    {
        var errors = new List<ValidationError>();
        var area = AreaId.TryParse(areaText, out var areaId) ? municipality.FindArea(areaId) : null;
        if (area is null)
        {
            errors.Add(new("area", ValidationCodes.UnknownValue, areaText ?? string.Empty, string.Join(", ", municipality.Areas.Select(a => a.Id.ToString()))));
        }

        var actor = await colleagues.GetAsync(municipality.Code, actorId, cancellationToken);
        if (actor is null || !MayManage(actor, area))
        {
            return Result<AreaBudget>.Refused([new("actor", ValidationCodes.NotBudgetManager)]);
        }

        BudgetValidator.CheckAmount("amount", amount, errors);
        if (year < Today.Year - 1 || year > Today.Year + 1)
        {
            errors.Add(new("year", ValidationCodes.OutOfRange, Today.Year - 1, Today.Year + 1));
        }

        var holder = holderId is { } h ? await colleagues.GetAsync(municipality.Code, h, cancellationToken) : null;
        if (holder is null)
        {
            errors.Add(new("holder", holderId is null ? ValidationCodes.Required : ValidationCodes.UnknownColleague, holderId?.Value ?? string.Empty));
        }

        var existing = area is null ? null : await budgets.GetAsync(area.Id, year, cancellationToken);
        if (existing is not null && amount < existing.Granted)
        {
            errors.Add(new("amount", ValidationCodes.BelowGranted, existing.Granted));
        }

        if (errors.Count > 0)
        {
            return Result<AreaBudget>.Refused(errors);
        }

        var budget = (existing ?? AreaBudget.Empty(area!.Id, year)) with { Amount = amount!.Value, Holder = holder!.Id };
        try
        {
            return Result<AreaBudget>.Success(await budgets.SaveAsync(budget, cancellationToken));
        }
        catch (VersionConflictException)
        {
            return Result<AreaBudget>.Refused([new("amount", ValidationCodes.ChangedMeanwhile, string.Empty)]);
        }
    }

    /// <summary>Every area's ledger for the year (an area without a budget shows as empty), and the year's requests of one area.</summary>
    public async Task<IReadOnlyList<AreaBudget>> LedgersAsync(Municipality municipality, int year, CancellationToken cancellationToken)
    {
        var stored = await budgets.ListAsync(municipality.Code, year, cancellationToken);
        return [.. municipality.Areas.Select(a => stored.FirstOrDefault(b => b.Area == a.Id) ?? AreaBudget.Empty(a.Id, year))];
    }

    public Task<IReadOnlyList<Referral>> RequestsAsync(AreaId area, int year, CancellationToken cancellationToken) =>
        budgets.ListRequestsAsync(area, year, cancellationToken);
}
