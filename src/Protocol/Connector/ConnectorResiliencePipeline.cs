using System.Net;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.RateLimiting;
using Polly.Retry;
using Polly.Timeout;

namespace Wijkverbinder.Protocol.Connector;

/// <summary>
/// The one pipeline every connector call goes through, outermost first: retry (backoff with jitter, or Retry-After),
/// then a permit from <see cref="TeamsRateLimiter"/> for every attempt (retries count against Teams' limits too), then
/// a timeout for the attempt alone.
/// </summary>
internal static class ConnectorResiliencePipeline
{
    public const string Name = "bot-connector";

    /// <summary>Which conversation a request belongs to, for its rate-limit lane.</summary>
    public static readonly HttpRequestOptionsKey<string> ConversationId = new("Wijkverbinder.Connector.ConversationId");

    /// <summary>The statuses Teams says to retry (status codes from bot conversational APIs).</summary>
    private static readonly HashSet<HttpStatusCode> RetriedStatuses =
    [
        HttpStatusCode.TooManyRequests,
        HttpStatusCode.PreconditionFailed,
        HttpStatusCode.BadGateway,
        HttpStatusCode.ServiceUnavailable,
        HttpStatusCode.GatewayTimeout,
    ];

    public static void Configure(
        ResiliencePipelineBuilder<HttpResponseMessage> builder,
        ConnectorClientOptions options,
        TeamsRateLimiter rateLimiter,
        TimeProvider timeProvider,
        ILogger logger)
    {
        builder
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome, args.Context)),
                MaxRetryAttempts = options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryDelay,
                MaxDelay = options.MaxRetryDelay,
                DelayGenerator = args => ValueTask.FromResult(RetryAfterDelay.From(args.Outcome.Result, timeProvider, options.MaxRetryDelay)),
                OnRetry = args =>
                {
                    var method = args.Context.GetRequestMessage()?.Method.Method ?? "call";
                    var status = (int?)args.Outcome.Result?.StatusCode;
                    ConnectorLog.RetryScheduled(logger, method, status, args.AttemptNumber + 1, (long)args.RetryDelay.TotalMilliseconds, args.Outcome.Exception);
                    return ValueTask.CompletedTask;
                },
            })
            .AddRateLimiter(new RateLimiterStrategyOptions
            {
                RateLimiter = args => rateLimiter.AcquireAsync(ConversationOf(args.Context), 1, args.Context.CancellationToken),
            })
            .AddTimeout(options.AttemptTimeout);
    }

    private static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, ResilienceContext context) => outcome switch
    {
        { Result: { } response } => RetriedStatuses.Contains(response.StatusCode),
        { Exception: HttpRequestException or TimeoutRejectedException } => true,
        // A cancelled attempt is transient only when the caller did not cancel.
        { Exception: OperationCanceledException } => !context.CancellationToken.IsCancellationRequested,
        _ => false,
    };

    private static string ConversationOf(ResilienceContext context) =>
        context.GetRequestMessage()?.Options.TryGetValue(ConversationId, out var id) == true ? id : TeamsRateLimiter.NoConversation;
}
