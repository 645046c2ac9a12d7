using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Localization;
using Wijkverbinder.Protocol.Resources;

namespace Wijkverbinder.Protocol.Hosting;

/// <summary>The messaging endpoint's problem-details answers, in the request's language (Dutch unless it asks for English).</summary>
internal sealed class BotProblems(IStringLocalizer<BotMessages> text)
{
    public IResult Unreadable() => Problem(StatusCodes.Status400BadRequest, "Title.Unreadable");

    public IResult TooLarge() => Problem(StatusCodes.Status413PayloadTooLarge, "Title.TooLarge");

    public IResult Busy() => Problem(StatusCodes.Status503ServiceUnavailable, "Title.Busy");

    /// <summary>429 with Retry-After in whole seconds: the app's rate limit refused the activity.</summary>
    public IResult TooManyRequests(HttpResponse response, TimeSpan retryAfter)
    {
        response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Problem(StatusCodes.Status429TooManyRequests, "Title.TooManyRequests");
    }

    public IResult NotHandled() => Problem(StatusCodes.Status501NotImplemented, "Title.NotHandled");

    /// <summary>400 naming every missing field.</summary>
    public IResult Missing(IEnumerable<string> fields) =>
        Results.ValidationProblem(fields.ToDictionary(f => f, _ => new[] { text["Required"].Value }), title: text["Title.Invalid"]);

    private IResult Problem(int status, string titleKey) => Results.Problem(statusCode: status, title: text[titleKey]);
}
