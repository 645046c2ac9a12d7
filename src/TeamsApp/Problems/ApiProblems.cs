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
            .ToDictionary(g => g.Key, g => g.Select(e => text[e.Code, e.Arguments].Value).ToArray());
        return Results.ValidationProblem(byField, title: text["Title.Invalid"]);
    }

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
