using System.Net;
using Azure.Core;
using Azure.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Graph;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Authentication.Azure;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;

namespace Wijkverbinder.Notifications.Mail;

/// <summary>
/// Builds the Graph client: the SDK's own middleware with its RetryHandler configured explicitly (the one retry policy
/// for Graph, see docs/mail.md), and the app-only sign-in the configuration asks for.
/// </summary>
internal static class GraphClientBuilder
{
    private static readonly HashSet<HttpStatusCode> RetriedStatuses =
        [HttpStatusCode.TooManyRequests, HttpStatusCode.ServiceUnavailable, HttpStatusCode.GatewayTimeout];

    public static GraphServiceClient Build(GraphMailOptions options, TimeProvider clock, ILogger logger, HttpMessageHandler? finalHandler)
    {
        var handlers = GraphClientFactory.CreateDefaultHandlers(new GraphClientOptions());
        for (var i = 0; i < handlers.Count; i++)
        {
            if (handlers[i] is RetryHandler)
            {
                handlers[i] = new RetryHandler(RetryOption(options, clock, logger));
            }
        }

        var http = GraphClientFactory.Create(handlers, finalHandler: finalHandler);
        var (authentication, credentialKind) = Authentication(options);
        GraphLog.Configured(logger, credentialKind, new Uri(options.BaseUrl).Host, options.MaxRetries);
        return new GraphServiceClient(http, authentication, options.BaseUrl.TrimEnd('/'));
    }

    internal static RetryHandlerOption RetryOption(GraphMailOptions options, TimeProvider clock, ILogger logger)
    {
        var maxDelay = TimeSpan.FromSeconds(options.MaxRetryDelaySeconds);
        return new RetryHandlerOption
        {
            // One above ours so the handler never ends with its "too many retries" AggregateException: our delegate
            // stops first and the last response reaches the SDK, which reads Graph's error code from it.
            MaxRetry = options.MaxRetries + 1,
            Delay = options.RetryDelaySeconds,
            ShouldRetry = (_, retriesSoFar, response) =>
            {
                if (retriesSoFar >= options.MaxRetries || !RetriedStatuses.Contains(response.StatusCode))
                {
                    return false;
                }

                // The SDK honours Retry-After up to its own 180 s cap; a longer wait than ours fails this attempt so
                // the queue retries later instead of holding a worker.
                if (RetryAfter(response, clock) is { } wait && wait > maxDelay)
                {
                    GraphLog.RetryAfterTooLong(logger, wait, maxDelay);
                    return false;
                }

                GraphLog.Retrying(logger, retriesSoFar + 1, (int)response.StatusCode);
                return true;
            },
        };
    }

    private static TimeSpan? RetryAfter(HttpResponseMessage response, TimeProvider clock)
    {
        var header = response.Headers.RetryAfter;
        return header?.Delta ?? (header?.Date is { } date ? date - clock.GetUtcNow() : null);
    }

    private static (IAuthenticationProvider Provider, string Kind) Authentication(GraphMailOptions options)
    {
        if (options.IsLoopback)
        {
            return (new DevelopmentTokenProvider(), "development");
        }

        TokenCredential credential = options.HasClientSecret
            ? new ClientSecretCredential(options.TenantId, options.ClientId, options.ClientSecret)
            : string.IsNullOrWhiteSpace(options.ManagedIdentityClientId)
                ? new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned)
                : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(options.ManagedIdentityClientId));
        var host = new Uri(options.BaseUrl).Host;
        return (new AzureIdentityAuthenticationProvider(credential, [host], null, true, GraphMailOptions.Scope),
            options.HasClientSecret ? "client secret" : "managed identity");
    }
}
