using Azure.Core;

namespace Wijkverbinder.Protocol.Connector;

/// <summary>
/// Tokens for calling the Bot Connector, from any <see cref="TokenCredential"/> (client secret, certificate, managed
/// identity). A token is reused until <see cref="RefreshMargin"/> before it expires; one fetch runs at a time.
/// Without a credential (local Development with the Agents Playground) there is no token and requests go without one.
/// </summary>
public sealed class BotTokenProvider : IDisposable
{
    public const string Scope = "https://api.botframework.com/.default";

    public static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(5);

    private readonly TokenCredential? credential;
    private readonly TimeProvider timeProvider;
    private readonly SemaphoreSlim fetching = new(1, 1);
    private volatile CachedToken? cached;

    public BotTokenProvider(TokenCredential? credential, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        this.credential = credential;
        this.timeProvider = timeProvider;
    }

    public bool IsAnonymous => credential is null;

    /// <summary>A bearer token for the connector, or null when the bot runs anonymously.</summary>
    public async ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (credential is null)
        {
            return null;
        }

        if (cached is { } fresh && fresh.IsFreshAt(timeProvider.GetUtcNow()))
        {
            return fresh.Value;
        }

        await fetching.WaitAsync(cancellationToken);
        try
        {
            // Another caller may have fetched while this one waited.
            if (cached is { } justFetched && justFetched.IsFreshAt(timeProvider.GetUtcNow()))
            {
                return justFetched.Value;
            }

            var token = await credential.GetTokenAsync(new TokenRequestContext([Scope]), cancellationToken);
            var refreshAt = token.ExpiresOn - RefreshMargin;
            if (token.RefreshOn is { } refreshOn && refreshOn < refreshAt)
            {
                refreshAt = refreshOn;
            }

            cached = new CachedToken(token.Token, refreshAt);
            return token.Token;
        }
        finally
        {
            fetching.Release();
        }
    }

    public void Dispose() => fetching.Dispose();

    private sealed record CachedToken(string Value, DateTimeOffset RefreshAt)
    {
        public bool IsFreshAt(DateTimeOffset now) => now < RefreshAt;
    }
}
