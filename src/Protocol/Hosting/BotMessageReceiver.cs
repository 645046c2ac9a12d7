using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Wijkverbinder.Protocol.Authentication;
using Wijkverbinder.Protocol.Schema;

namespace Wijkverbinder.Protocol.Hosting;

/// <summary>
/// POST /api/messages: the token first (before the body is even read), then the body, its required fields and the
/// token's serviceUrl, and the app's rate limit; only then does the activity reach the app. Invokes are answered in the response; everything
/// else is acknowledged with 202 and handled in the background.
/// </summary>
internal sealed partial class BotMessageReceiver(
    IOptions<BotAuthenticationOptions> authentication,
    BotTokenValidator tokens,
    ActivityBodyReader reader,
    ActivityQueue queue,
    IActivityRateLimiter rateLimiter,
    BotProblems problems,
    ILogger<BotMessageReceiver> logger)
{
    private readonly bool anonymous = authentication.Value.IsAnonymous;

    public async Task<IResult> ReceiveAsync(HttpContext context)
    {
        var cancellationToken = context.RequestAborted;
        BotTokenValidationResult? token = null;
        if (!anonymous)
        {
            token = await tokens.ValidateAsync(context.Request.Headers.Authorization.ToString(), cancellationToken);
            if (!token.IsValid)
            {
                return Refuse(token.Failure);
            }
        }

        var (activity, problem) = await reader.ReadAsync(context.Request, cancellationToken);
        if (activity is null)
        {
            return problem!;
        }

        var missing = RequiredActivityFields.Missing(activity, serviceUrlRequired: !anonymous);
        if (missing.Count > 0)
        {
            return problems.Missing(missing);
        }

        if (token is not null && !token.AllowsServiceUrl(activity.ServiceUrl))
        {
            return Refuse("the token's serviceUrl claim does not match the activity's serviceUrl");
        }

        if (!rateLimiter.TryAdmit(activity, out var retryAfter))
        {
            LogRateLimited(activity.Type);
            return problems.TooManyRequests(context.Response, retryAfter);
        }

        return activity.Type == ActivityTypes.Invoke ? await InvokeAsync(context, activity) : Enqueue(activity);
    }

    private async Task<IResult> InvokeAsync(HttpContext context, Activity activity)
    {
        var handler = context.RequestServices.GetRequiredService<IActivityHandler>();
        var response = await handler.OnInvokeAsync(activity, context.RequestAborted);
        return response is null
            ? problems.NotHandled()
            : Results.Json(response, ProtocolJsonContext.Default.AdaptiveCardInvokeResponse, statusCode: StatusCodes.Status200OK);
    }

    private IResult Enqueue(Activity activity)
    {
        if (!queue.TryEnqueue(activity))
        {
            LogQueueFull(activity.Type);
            return problems.Busy();
        }

        return Results.Accepted();
    }

    private IResult Refuse(string? reason)
    {
        LogRefused(reason);
        return Results.Unauthorized();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused an inbound activity: {Reason}")]
    private partial void LogRefused(string? reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A conversation is over its rate limit; refused a {ActivityType} activity")]
    private partial void LogRateLimited(string? activityType);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The activity queue is full; refused a {ActivityType} activity")]
    private partial void LogQueueFull(string? activityType);
}
