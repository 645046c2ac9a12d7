using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Wijkverbinder.TeamsApp.Resources;
using Microsoft.Extensions.Localization;

namespace Wijkverbinder.TeamsApp.Problems;

/// <summary>
/// Answers requests the framework could not bind (malformed JSON, a body over the size limit) with a problem that
/// names the field where it can, instead of letting them surface as server errors.
/// </summary>
internal sealed class BadRequestExceptionHandler(IProblemDetailsService problems, IStringLocalizer<ApiMessages> text) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException badRequest)
        {
            return false;
        }

        var status = badRequest.StatusCode;
        ProblemDetails problem = status == StatusCodes.Status413PayloadTooLarge
            ? new ProblemDetails { Title = text["Title.TooLarge"] }
            : new ValidationProblemDetails(new Dictionary<string, string[]>
            {
                [FieldOf(badRequest.InnerException as JsonException)] = [text["UnreadableValue"]],
            })
            { Title = text["Title.BadRequest"] };
        problem.Status = status;
        httpContext.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    /// <summary>"$.ties[0].since" becomes "ties[0].since"; the whole body is "body".</summary>
    private static string FieldOf(JsonException? json) =>
        json?.Path is { Length: > 2 } path && path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : "body";
}
