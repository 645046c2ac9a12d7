using Wijkverbinder.Domain.Network;
using Wijkverbinder.Domain.Programme;
using Wijkverbinder.Domain.Successes;
using Wijkverbinder.Domain.Validation;
using Wijkverbinder.TeamsApp.Problems;
using Wijkverbinder.TeamsApp.Tabs.Api;
using Wijkverbinder.TeamsApp.Tabs.Programme.Contracts;

namespace Wijkverbinder.TeamsApp.Tabs.Programme;

/// <summary>
/// An area's wijkprogramma on the tab API. Everyone signed in of the municipality reads it (contact details only of
/// people who opted in); its wijkteam and wijkmanagers change a theme's goals and mark successes. Unreadable input is
/// 400, an area of no municipality of the user 404, someone else who tries to change it 403; a refusal writes nothing.
/// </summary>
internal static class TabProgrammeEndpoints
{
    public static void MapTabProgramme(this RouteGroupBuilder api)
    {
        var limit = new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(TeamsApp.Network.NetworkApi.MaxRequestBytes);
        api.MapGet("/programme/{area}", Get);
        api.MapPut("/programme/{area}/themes/{theme}/goals", SetGoals).WithMetadata(limit);
        api.MapGet("/programme/{area}/successes", Podium);
        api.MapPost("/programme/{area}/successes", MarkSuccess).WithMetadata(limit);
    }

    private static async Task<IResult> Get(
        string area, HttpContext context, ProgrammeTabQueries queries, ProgrammeService programmes, ISuccessStore successes, ApiProblems problems, CancellationToken cancellationToken)
    {
        if (!AreaId.TryParse(area, out var id))
        {
            return problems.Invalid([new ValidationError("area", ValidationCodes.InvalidFormat)]);
        }

        var user = TabApiUser.Get(context);
        if (await queries.FindAsync(user, id, cancellationToken) is not var (municipality, found))
        {
            return problems.NotFound();
        }

        var programme = await programmes.GetAsync(municipality, found, cancellationToken);
        var podium = await successes.ListAsync(found.Id, SuccessLimits.Podium, cancellationToken);
        return Results.Ok(ProgrammeResponses.Of(programme, podium, ProgrammeTabQueries.MayEdit(user, found)));
    }

    private static async Task<IResult> Podium(
        string area, HttpContext context, ProgrammeTabQueries queries, ISuccessStore successes, ApiProblems problems, CancellationToken cancellationToken)
    {
        if (!AreaId.TryParse(area, out var id))
        {
            return problems.Invalid([new ValidationError("area", ValidationCodes.InvalidFormat)]);
        }

        if (await queries.FindAsync(TabApiUser.Get(context), id, cancellationToken) is null)
        {
            return problems.NotFound();
        }

        return Results.Ok((await successes.ListAsync(id, SuccessLimits.Podium, cancellationToken)).Select(ProgrammeResponses.Success).ToList());
    }

    private static async Task<IResult> SetGoals(
        string area, string theme, GoalsRequest? request, HttpContext context, ProgrammeTabQueries queries, ProgrammeService programmes, ApiProblems problems, CancellationToken cancellationToken)
    {
        if (!AreaId.TryParse(area, out var id))
        {
            return problems.Invalid([new ValidationError("area", ValidationCodes.InvalidFormat)]);
        }

        var user = TabApiUser.Get(context);
        if (await queries.FindAsync(user, id, cancellationToken) is not var (municipality, found))
        {
            return problems.NotFound();
        }

        if (!ProgrammeTabQueries.MayEdit(user, found))
        {
            return problems.Forbidden();
        }

        if (request?.Goals is null)
        {
            return problems.Invalid([new ValidationError("goals", ValidationCodes.Required)]);
        }

        try
        {
            var result = await programmes.SetGoalsAsync(municipality, found, theme, request.Goals, request.Version, cancellationToken);
            return result.IsValid
                ? Results.Ok(new ProgrammeThemeGoalsResponse(result.Value!.Theme, result.Value.Goals, result.Value.Version))
                : problems.Invalid(result.Errors);
        }
        catch (VersionConflictException)
        {
            return problems.Stale();
        }
    }

    private static async Task<IResult> MarkSuccess(
        string area, SuccessRequest? request, HttpContext context, ProgrammeTabQueries queries, SuccessService service, ApiProblems problems, CancellationToken cancellationToken)
    {
        if (!AreaId.TryParse(area, out var id))
        {
            return problems.Invalid([new ValidationError("area", ValidationCodes.InvalidFormat)]);
        }

        var user = TabApiUser.Get(context);
        if (await queries.FindAsync(user, id, cancellationToken) is not var (_, found))
        {
            return problems.NotFound();
        }

        if (!ProgrammeTabQueries.MayEdit(user, found))
        {
            return problems.Forbidden();
        }

        var errors = SuccessService.Check(request?.Story, request?.Video, out _);
        if (!MemberId.TryParse(request?.Initiative, out var initiative) || initiative.Area != found.Id)
        {
            errors.Add(new("initiative", request?.Initiative is null ? ValidationCodes.Required : ValidationCodes.UnknownMember, request?.Initiative ?? string.Empty));
        }

        if (errors.Count > 0)
        {
            return problems.Invalid(errors);
        }

        var result = await service.MarkAsync(initiative, request!.Story, request.Video, user.Id, cancellationToken);
        return result switch
        {
            null => problems.Invalid([new ValidationError("initiative", ValidationCodes.UnknownMember, request.Initiative!)]),
            { IsValid: false } => problems.Invalid(result.Errors),
            _ => Results.Created($"{TabApi.Prefix}/programme/{found.Id}/successes", ProgrammeResponses.Success(result.Value!)),
        };
    }
}
