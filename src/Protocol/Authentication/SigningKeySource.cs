using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Wijkverbinder.Protocol.Authentication;

/// <summary>
/// The signing keys of one OpenID metadata address: fetched once, cached and refreshed by IdentityModel's
/// <see cref="ConfigurationManager{T}"/>, and fetched again on demand when a token names a key the cache lacks (the
/// issuer rotated its keys). Forced fetches are throttled on the app's clock, and concurrent requests share one.
/// </summary>
internal sealed class SigningKeySource(
    ConfigurationManager<OpenIdConnectConfiguration> metadata,
    TimeProvider time,
    TimeSpan refreshInterval,
    TimeSpan refreshTimeout)
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(50);

    private readonly Lock gate = new();
    private Task<OpenIdConnectConfiguration>? refreshing;
    private DateTimeOffset lastRefresh = DateTimeOffset.MinValue;

    public Task<OpenIdConnectConfiguration> GetAsync(CancellationToken cancellationToken) =>
        metadata.GetConfigurationAsync(cancellationToken);

    /// <summary>
    /// Fresh metadata after <paramref name="stale"/> lacked a key; within <c>refreshInterval</c> of the last forced
    /// fetch, the cached metadata (so tokens with made-up key ids cannot flood the issuer).
    /// </summary>
    public Task<OpenIdConnectConfiguration> RefreshAsync(OpenIdConnectConfiguration stale, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            if (refreshing is { IsCompleted: false })
            {
                return refreshing.WaitAsync(cancellationToken);
            }

            var now = time.GetUtcNow();
            if (now - lastRefresh < refreshInterval)
            {
                return GetAsync(cancellationToken);
            }

            lastRefresh = now;
            refreshing = FetchAgainAsync(stale);
            return refreshing.WaitAsync(cancellationToken);
        }
    }

    /// <summary>
    /// IdentityModel 8 refreshes in the background after <see cref="ConfigurationManager{T}.RequestRefresh"/>, so this
    /// waits (briefly, bounded) until the manager hands out metadata other than the stale one.
    /// </summary>
    private async Task<OpenIdConnectConfiguration> FetchAgainAsync(OpenIdConnectConfiguration stale)
    {
        metadata.RequestRefresh();
        using var timeout = new CancellationTokenSource(refreshTimeout);
        while (true)
        {
            var current = await metadata.GetConfigurationAsync(CancellationToken.None);
            if (!ReferenceEquals(current, stale) || timeout.IsCancellationRequested)
            {
                return current;
            }

            await Task.Delay(PollInterval, CancellationToken.None);
        }
    }
}
