using System.Globalization;
using Microsoft.Extensions.Localization;
using Wijkverbinder.TeamsApp.Resources;

namespace Wijkverbinder.TeamsApp.Security;

/// <summary>The answer to a request over its rate limit: 429, Retry-After in whole seconds, a problem in the caller's language.</summary>
internal sealed class TooManyRequests(IStringLocalizer<SecurityTexts> text)
{
    public IResult Answer(HttpContext context, TimeSpan retryAfter)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return Results.Problem(
            statusCode: StatusCodes.Status429TooManyRequests,
            title: text["Title.TooManyRequests"],
            detail: text["Detail.RetryAfter", seconds]);
    }
}
