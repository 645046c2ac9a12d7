using Microsoft.Extensions.Options;

namespace Wijkverbinder.Notifications.Mail;

/// <summary>
/// Refuses at startup what would fail on the first mail: a base URL that is not absolute, real Graph over plain HTTP,
/// or a client secret configured half.
/// </summary>
internal sealed class GraphMailOptionsValidator : IValidateOptions<GraphMailOptions>
{
    public ValidateOptionsResult Validate(string? name, GraphMailOptions options)
    {
        if (!Uri.TryCreate(options.BaseUrl, UriKind.Absolute, out var baseUrl) || baseUrl.Scheme is not ("http" or "https"))
        {
            return ValidateOptionsResult.Fail($"Graph:BaseUrl must be an absolute http(s) URL, e.g. {GraphMailOptions.DefaultBaseUrl}.");
        }

        if (baseUrl.IsLoopback)
        {
            return ValidateOptionsResult.Success;
        }

        if (baseUrl.Scheme != Uri.UriSchemeHttps)
        {
            return ValidateOptionsResult.Fail("Graph:BaseUrl must use https unless it is the local stand-in on a loopback address.");
        }

        if (options.HasPartialClientSecret)
        {
            return ValidateOptionsResult.Fail(
                "Graph:BaseUrl is not a loopback address, so mail needs a credential: set all of Graph:TenantId, Graph:ClientId " +
                "and Graph:ClientSecret, or none of them to use the managed identity (Graph:ManagedIdentityClientId for a user-assigned one).");
        }

        if (options.MaxRetries is < 0 or > 10 || options.RetryDelaySeconds is < 1 or > 180 ||
            options.MaxRetryDelaySeconds is < 1 or > 180 || options.MaxConcurrentRequestsPerMailbox is < 1 or > 4)
        {
            return ValidateOptionsResult.Fail(
                "Graph:MaxRetries must be 0-10, Graph:RetryDelaySeconds and Graph:MaxRetryDelaySeconds 1-180, Graph:MaxConcurrentRequestsPerMailbox 1-4.");
        }

        return ValidateOptionsResult.Success;
    }
}
