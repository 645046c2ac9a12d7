using Wijkverbinder.Cards;
using Wijkverbinder.Domain.Budget;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Meetings;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.Domain.Referrals;
using Wijkverbinder.Domain.Validation;
using Wijkverbinder.Notifications.Cards;
using Wijkverbinder.TeamsApp.Bot.Cards;

namespace Wijkverbinder.TeamsApp.Bot;

/// <summary>
/// The bot's aanjaagbudget: the request form and its submission, and the holder's assessment card with grant or
/// decline. Every refusal comes back on the same card with the input kept; nothing is written then.
/// </summary>
public sealed class BudgetActions(
    BudgetService budget,
    IReferralStore referrals,
    IBudgetStore ledgers,
    IColleagueDirectory colleagues,
    BotCards cards,
    TimeProvider clock)
{
    private DateOnly Today => DutchTime.Today(clock);

    internal AdaptiveCard Start(Municipality municipality, Colleague requester) => cards.BudgetForm(municipality, requester, BudgetValues.Empty, [], Today);

    internal async Task<AdaptiveCard> SubmitAsync(Municipality municipality, Colleague requester, InvokeData data, CancellationToken cancellationToken)
    {
        var values = new BudgetValues(
            data.Get(BudgetFormInputs.Initiative),
            data.Get(BudgetFormInputs.Amount),
            data.Get(BudgetFormInputs.Purpose),
            data.Get(BotInputs.Themes),
            data.Get(BudgetFormInputs.Contribution),
            data.Get(BudgetFormInputs.OtherFunds),
            data.Get(BudgetFormInputs.StartDate),
            data.Get(BotInputs.District));
        var (draft, errors) = Budget.BudgetRequestReader.Read(new Budget.Contracts.BudgetRequestBody
        {
            Initiative = values.Initiative,
            Amount = values.Amount,
            Purpose = values.Purpose,
            Themes = data.GetList(BotInputs.Themes),
            ResidentContribution = values.Contribution,
            OtherFunds = values.OtherFunds,
            StartDate = values.StartDate,
            District = values.District,
        });

        // The wijkteam member submits for the initiator; their wijkteam stays involved with them.
        var team = requester.Teams.FirstOrDefault();
        var result = await budget.SubmitAsync(municipality, draft with { ReferrerTeam = team.Value is null ? null : team }, requester.Id, cancellationToken, errors);
        if (!result.IsValid)
        {
            return cards.BudgetForm(municipality, requester, values, [.. result.Errors.Select(cards.Problem)], Today);
        }

        var holder = await colleagues.GetAsync(municipality.Code, result.Value!.Receiver, cancellationToken);
        return cards.BudgetSubmitted(result.Value, holder?.Name ?? result.Value.Receiver.Value);
    }

    /// <summary>
    /// The assessment card for the holder; a decided request shows its decision. Anyone else is told there is no such
    /// request (need-to-know: the request names an initiative and its plans), and the refusal is recorded.
    /// </summary>
    internal async Task<AdaptiveCard> AssessAsync(Municipality municipality, Colleague actor, InvokeData data, IReadOnlyList<string> problems, AssessmentValues values, CancellationToken cancellationToken)
    {
        if (!ReferralId.TryParse(data.Get(ReferralVerbs.ReferralIdField), out var id) || await referrals.GetAsync(id, cancellationToken) is not { Referral.Budget: { } request } record)
        {
            return cards.UnknownBudgetRequest();
        }

        if (!ReferralLifecycle.IsActorFor(ReferralAction.Decline, record.Referral, actor))
        {
            Audit.AuditNote.Deny();
            return cards.UnknownBudgetRequest();
        }

        if (!record.Referral.IsOpen)
        {
            return cards.BudgetDecided(record.Referral);
        }

        var ledger = await ledgers.GetAsync(request.Area, request.Year, cancellationToken) ?? AreaBudget.Empty(request.Area, request.Year);
        var areaName = municipality.FindArea(request.Area)?.Name ?? request.Area.ToString();
        return cards.BudgetAssessment(record.Referral, budget.Criteria, ledger, areaName, values, problems);
    }

    internal async Task<AdaptiveCard> DecideAsync(Municipality municipality, string verb, Colleague actor, InvokeData data, CancellationToken cancellationToken)
    {
        var values = new AssessmentValues(
            data.Get(BudgetFormInputs.Amount),
            data.Get(BudgetFormInputs.Reason),
            budget.Criteria.ToDictionary(c => c.Id, c => data.Get(BudgetFormInputs.MetPrefix + c.Id) == "true"),
            budget.Criteria.Where(c => data.Get(BudgetFormInputs.NotePrefix + c.Id) is not null).ToDictionary(c => c.Id, c => data.Get(BudgetFormInputs.NotePrefix + c.Id)!));
        if (!ReferralId.TryParse(data.Get(ReferralVerbs.ReferralIdField), out var id))
        {
            return cards.UnknownBudgetRequest();
        }

        var answers = budget.Criteria.Select(c => new ChecklistAnswer(c.Id, values.Met[c.Id], values.Notes.GetValueOrDefault(c.Id))).ToList();
        var errors = new List<ValidationError>();
        var amount = Budget.BudgetRequestReader.Amount(values.Amount, "amount", errors);
        var result = errors.Count > 0
            ? Result<Referral>.Refused(errors)
            : verb == BotVerbs.GrantBudget
                ? await budget.GrantAsync(id, actor.Id, amount, values.Reason, answers, cancellationToken)
                : await budget.DeclineAsync(id, actor.Id, values.Reason, answers, cancellationToken);
        if (result is { IsValid: false } && ActorRefusals.Any(result.Errors))
        {
            Audit.AuditNote.Deny();
        }

        return result switch
        {
            null => cards.UnknownBudgetRequest(),
            { IsValid: true } => cards.BudgetDecided(result.Value!),
            _ => await AssessAsync(municipality, actor, data, [.. result.Errors.Select(cards.Problem)], values, cancellationToken),
        };
    }
}
