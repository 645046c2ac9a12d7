using Microsoft.Extensions.Localization;
using Wijkverbinder.Domain.Validation;
using Wijkverbinder.TeamsApp.Resources;

namespace Wijkverbinder.TeamsApp.Problems;

/// <summary>The problem-details answers of the API, in the caller's language (Dutch unless it asks for English).</summary>
public sealed class ApiProblems(IStringLocalizer<ApiMessages> text)
{
    /// <summary>400: every field that is wrong, with the reason. Nothing was written.</summary>
    public IResult Invalid(IEnumerable<ValidationError> errors)
    {
        var byField = errors
            .GroupBy(e => e.Field)
            .ToDictionary(g => g.Key, g => g.Select(Reason).ToArray());
        return Results.ValidationProblem(byField, title: text["Title.Invalid"]);
    }

    /// <summary>The reason in the caller's language (<see cref="Reasons"/>).</summary>
    public string Reason(ValidationError error) => Reasons.Of(text, error);

    /// <summary>409: the action is refused in the referral's current state (not allowed now, or someone else was first).</summary>
    public IResult NotAllowed(IEnumerable<ValidationError> errors) =>
        Results.Problem(
            statusCode: StatusCodes.Status409Conflict,
            title: text["Title.NotAllowed"],
            detail: string.Join(" ", errors.Select(Reason)),
            extensions: new Dictionary<string, object?> { ["errors"] = errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(Reason).ToArray()) });

    /// <summary>403 with the reason: the caller may not take this action (for example: they are not the receiver).</summary>
    public IResult ForbiddenBecause(IEnumerable<ValidationError> errors) =>
        Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: text["Title.Forbidden"], detail: string.Join(" ", errors.Select(Reason)));

    /// <summary>412: the record changed after the caller read it (its If-Match version is stale).</summary>
    public IResult Stale() => Problem(StatusCodes.Status412PreconditionFailed, "Title.Conflict");

    /// <summary>428: a change without the version it was based on could overwrite someone else's change.</summary>
    public IResult VersionRequired() => Problem(StatusCodes.Status428PreconditionRequired, "Title.PreconditionRequired");

    public IResult NotFound() => Problem(StatusCodes.Status404NotFound, "Title.NotFound");

    public IResult AlreadyExists() => Problem(StatusCodes.Status409Conflict, "Title.AlreadyExists");

    public IResult Forbidden() => Problem(StatusCodes.Status403Forbidden, "Title.Forbidden");

    public string this[string key] => text[key];

    private IResult Problem(int status, string titleKey) => Results.Problem(statusCode: status, title: text[titleKey]);
}
