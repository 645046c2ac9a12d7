using Microsoft.Extensions.Options;
using Wijkverbinder.Domain.Budget;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Meetings;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.Domain.Referrals;
using Wijkverbinder.Domain.Validation;
using Wijkverbinder.Notifications;
using Wijkverbinder.TeamsApp.Budget.Contracts;
using Wijkverbinder.TeamsApp.Problems;
using Wijkverbinder.TeamsApp.Referrals;
using Wijkverbinder.TeamsApp.Tabs.Api;
using Wijkverbinder.TeamsApp.Tabs.Shell;

namespace Wijkverbinder.TeamsApp.Budget;

/// <summary>
/// Aanjaagbudget and access to the board on the tab API (signed in, audited and rate limited with the group). Bad
/// input: 400 naming every field, nothing written; not the holder or manager: 403; a request decided meanwhile: 409.
/// </summary>
internal static class TabBudgetEndpoints
{
    public static void MapTabBudget(this RouteGroupBuilder api)
    {
        var limit = new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(Network.NetworkApi.MaxRequestBytes);
        api.MapGet("/budget", Overview);
        api.MapGet("/budget/areas/{area}/requests", Requests);
        api.MapPut("/budget/areas/{area}/years/{year:int}", Set).WithMetadata(limit);
        api.MapPost("/budget/requests", Submit).WithMetadata(limit);
        api.MapPost("/budget/requests/{id}/{action:regex(^(grant|decline)$)}", Decide).WithMetadata(limit);
        api.MapPost("/budget/requests/{id}/spending", Spend).WithMetadata(limit);
        api.MapPost("/board-access", SubmitBoardAccess).WithMetadata(limit);
    }

    private static async Task<IResult> Overview(int? year, HttpContext context, BudgetService budget, INetworkStore network, IOptions<WijkverbinderOptions> options, TimeProvider clock, ApiProblems problems, CancellationToken cancellationToken)
    {
        // The same roles as the budget page (TabRoles.Budget).
        if (!TabApiUser.Get(context).HasAny(TabRoles.Budget))
        {
            return problems.Forbidden();
        }

        var municipality = await network.GetMunicipalityAsync(options.Value.MunicipalityCode, cancellationToken);
        var shown = year ?? DutchTime.Today(clock).Year;
        var ledgers = municipality is null ? [] : await budget.LedgersAsync(municipality, shown, cancellationToken);
        return Results.Ok(new BudgetOverviewResponse(
            shown,
            [.. ledgers.Select(l => BudgetResponses.Ledger(l, municipality!))],
            [.. budget.Criteria.Select(c => new CriterionResponse(c.Id, c.Text, c.Check != CriterionCheck.Assessor))]));
    }

    private static async Task<IResult> Requests(string area, int? year, HttpContext context, BudgetService budget, INetworkStore network, TimeProvider clock, ApiProblems problems, CancellationToken cancellationToken)
    {
        if (!AreaId.TryParse(area, out var id))
        {
            return problems.Invalid([new ValidationError("area", ValidationCodes.InvalidFormat)]);
        }

        // The requests name initiatives and their plans (BudgetRequestAccess, as on the page).
        var user = TabApiUser.Get(context);
        var found = await network.GetMunicipalityAsync(user.Municipality, cancellationToken) is { } municipality && id.Municipality == user.Municipality ? municipality.FindArea(id) : null;
        if (found is null)
        {
            return problems.NotFound();
        }

        if (!BudgetRequestAccess.MaySee(user, found))
        {
            return problems.Forbidden();
        }

        var requests = await budget.RequestsAsync(id, year ?? DutchTime.Today(clock).Year, cancellationToken);
        return Results.Ok(requests.Select(BudgetResponses.Request).ToList());
    }

    private static async Task<IResult> Set(string area, int year, AreaBudgetBody? body, HttpContext context, BudgetService budget, INetworkStore network, IOptions<WijkverbinderOptions> options, ApiProblems problems, CancellationToken cancellationToken)
    {
        var errors = new List<ValidationError>();
        var amount = BudgetRequestReader.Amount(body?.Amount, "amount", errors);
        var holder = ReferralRequestReader.Colleague(body?.Holder, "holder", errors);
        var municipality = await network.GetMunicipalityAsync(options.Value.MunicipalityCode, cancellationToken);
        if (errors.Count > 0 || municipality is null)
        {
            return problems.Invalid(errors.Count > 0 ? errors : [new ValidationError("municipality", ValidationCodes.UnknownMunicipality, options.Value.MunicipalityCode)]);
        }

        var result = await budget.SetAsync(municipality, area, year, amount, holder, TabApiUser.Get(context).Id, cancellationToken);
        return result.IsValid ? Results.Ok(BudgetResponses.Ledger(result.Value!, municipality)) : Refused(result.Errors, problems);
    }

    private static async Task<IResult> Submit(BudgetRequestBody? body, HttpContext context, BudgetService budget, INetworkStore network, IOptions<WijkverbinderOptions> options, ApiProblems problems, CancellationToken cancellationToken)
    {
        // A request is a referral: the referring roles (RoleRules), as in the bot.
        if (!RoleRules.Allows(TabApiUser.Get(context).Roles, Capability.Refer))
        {
            return problems.Forbidden();
        }

        var municipality = await network.GetMunicipalityAsync(options.Value.MunicipalityCode, cancellationToken);
        if (body is null || municipality is null)
        {
            return problems.Invalid([body is null ? new("body", ValidationCodes.Required) : new ValidationError("municipality", ValidationCodes.UnknownMunicipality, options.Value.MunicipalityCode)]);
        }

        var (draft, inputErrors) = BudgetRequestReader.Read(body);
        var result = await budget.SubmitAsync(municipality, draft, TabApiUser.Get(context).Id, cancellationToken, inputErrors);
        return result.IsValid
            ? Results.Created($"/api/tab/referrals/{result.Value!.Id}", BudgetResponses.Request(result.Value))
            : Refused(result.Errors, problems);
    }

    private static async Task<IResult> Decide(string id, string action, DecisionBody? body, HttpContext context, BudgetService budget, ApiProblems problems, CancellationToken cancellationToken)
    {
        var errors = new List<ValidationError>();
        if (!ReferralId.TryParse(id, out var referralId))
        {
            errors.Add(new("id", ValidationCodes.InvalidFormat));
        }

        var amount = BudgetRequestReader.Amount(body?.Amount, "amount", errors);
        if (errors.Count > 0)
        {
            return problems.Invalid(errors);
        }

        var actor = TabApiUser.Get(context).Id;
        var checklist = BudgetRequestReader.Checklist(body?.Checklist);
        var result = action == "grant"
            ? await budget.GrantAsync(referralId, actor, amount, body?.Reason, checklist, cancellationToken)
            : await budget.DeclineAsync(referralId, actor, body?.Reason, checklist, cancellationToken);
        return Answer(result, problems);
    }

    private static async Task<IResult> Spend(string id, SpendingBody? body, HttpContext context, BudgetService budget, ApiProblems problems, CancellationToken cancellationToken)
    {
        var errors = new List<ValidationError>();
        if (!ReferralId.TryParse(id, out var referralId))
        {
            errors.Add(new("id", ValidationCodes.InvalidFormat));
        }

        var amount = BudgetRequestReader.Amount(body?.Amount, "amount", errors);
        return errors.Count > 0
            ? problems.Invalid(errors)
            : Answer(await budget.SpendAsync(referralId, TabApiUser.Get(context).Id, amount, body?.Note, cancellationToken), problems);
    }

    private static async Task<IResult> SubmitBoardAccess(BoardAccessBody? body, HttpContext context, BoardAccessService board, INetworkStore network, IOptions<WijkverbinderOptions> options, IOptions<BudgetOptions> budgetOptions, ApiProblems problems, CancellationToken cancellationToken)
    {
        if (!RoleRules.Allows(TabApiUser.Get(context).Roles, Capability.Refer))
        {
            return problems.Forbidden();
        }

        var errors = new List<ValidationError>();
        var team = ReferralRequestReader.Colleague(body?.ReferrerTeam, "referrerTeam", errors);
        var official = ReferralRequestReader.Colleague(budgetOptions.Value.BoardOfficial, "boardOfficial", []);
        var municipality = await network.GetMunicipalityAsync(options.Value.MunicipalityCode, cancellationToken);
        if (body is null || municipality is null)
        {
            return problems.Invalid([new("body", ValidationCodes.Required)]);
        }

        var draft = new BoardAccessDraft
        {
            What = body.What, District = body.District, Theme = body.Theme, PreferredPeriod = body.PreferredPeriod, FromTheBoard = body.FromTheBoard, ReferrerTeam = team,
        };
        var result = await board.SubmitAsync(municipality, draft, TabApiUser.Get(context).Id, official, cancellationToken, errors);
        return result.IsValid
            ? Results.Created($"/api/tab/referrals/{result.Value!.Id}", ReferralResponses.Referral(result.Value))
            : Refused(result.Errors, problems);
    }

    private static IResult Answer(Result<Referral>? result, ApiProblems problems) => result switch
    {
        null => problems.NotFound(),
        { IsValid: true } => Results.Ok(BudgetResponses.Request(result.Value!)),
        _ => Refused(result.Errors, problems),
    };

    /// <summary>Not the holder, referrer or manager, or not of the district: 403; not possible in the request's state: 409; wrong input: 400.</summary>
    private static IResult Refused(IReadOnlyList<ValidationError> errors, ApiProblems problems)
    {
        if (ActorRefusals.Any(errors))
        {
            return problems.ForbiddenBecause(errors);
        }

        return errors.Any(e => e.Code is ValidationCodes.NotAllowedNow or ValidationCodes.ChangedMeanwhile or ValidationCodes.NotGranted)
            ? problems.NotAllowed(errors)
            : problems.Invalid(errors);
    }
}
