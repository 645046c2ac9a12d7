using Azure.Core;

namespace Wijkverbinder.Connector.Tests.Infrastructure;

/// <summary>Hands out "token-1", "token-2", ... valid for <see cref="Lifetime"/> on the given clock, and counts the calls.</summary>
public sealed class CountingTokenCredential(TimeProvider timeProvider) : TokenCredential
{
    private int calls;

    public TimeSpan Lifetime { get; init; } = TimeSpan.FromHours(1);

    /// <summary>When set, every fetch waits for it: lets a test pile up callers while a fetch is in flight.</summary>
    public Task? Gate { get; set; }

    public int Calls => Volatile.Read(ref calls);

    public IReadOnlyList<string[]> Scopes => scopes;

    private readonly List<string[]> scopes = [];

    public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        GetTokenAsync(requestContext, cancellationToken).AsTask().GetAwaiter().GetResult();

    public override async ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken)
    {
        var number = Interlocked.Increment(ref calls);
        lock (scopes)
        {
            scopes.Add(requestContext.Scopes);
        }

        if (Gate is { } gate)
        {
            await gate.WaitAsync(cancellationToken);
        }

        return new AccessToken($"token-{number}", timeProvider.GetUtcNow() + Lifetime);
    }
}
