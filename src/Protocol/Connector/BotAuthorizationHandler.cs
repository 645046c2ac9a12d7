using System.Net.Http.Headers;

namespace Wijkverbinder.Protocol.Connector;

/// <summary>
/// Puts the bot's bearer token on every attempt. It sits inside the resilience pipeline, so a retry or a request that
/// waited long for a permit gets a current token, not one that expired while it waited.
/// </summary>
internal sealed class BotAuthorizationHandler(BotTokenProvider tokens) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var token = await tokens.GetTokenAsync(cancellationToken);
        request.Headers.Authorization = token is null ? null : new AuthenticationHeaderValue("Bearer", token);
        return await base.SendAsync(request, cancellationToken);
    }
}
