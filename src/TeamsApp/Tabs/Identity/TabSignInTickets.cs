using System.Security.Cryptography;
using Microsoft.Extensions.Caching.Memory;

namespace Wijkverbinder.TeamsApp.Tabs.Identity;

/// <summary>
/// One-time sign-in tickets for the tab pages, so the SSO token never crosses the Blazor circuit (SignalR logs hub
/// messages at Trace). The page's script posts the token to the ticket endpoint, which signs in with it and keeps the
/// outcome (a user, or the reason for refusal) under a random ticket; the circuit redeems the ticket once, within
/// <see cref="Lifetime"/>. An unknown, used or expired ticket is an invalid token.
/// </summary>
public sealed class TabSignInTickets(IMemoryCache cache, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(60);

    private const string KeyPrefix = "tab-sign-in-ticket:";

    public string Issue(TabSignIn signIn)
    {
        ArgumentNullException.ThrowIfNull(signIn);
        var ticket = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        var expires = clock.GetUtcNow() + Lifetime;
        // The cache's own expiry only cleans up; the ticket's lifetime is checked against the app's clock.
        cache.Set(KeyPrefix + ticket, new Entry(signIn, expires), Lifetime);
        return ticket;
    }

    public TabSignIn Redeem(string? ticket)
    {
        if (string.IsNullOrEmpty(ticket) || !cache.TryGetValue(KeyPrefix + ticket, out Entry? entry) || entry is null)
        {
            return TabSignIn.Refused(TabSignInFailure.InvalidToken);
        }

        cache.Remove(KeyPrefix + ticket);
        return clock.GetUtcNow() < entry.Expires ? entry.SignIn : TabSignIn.Refused(TabSignInFailure.InvalidToken);
    }

    private sealed record Entry(TabSignIn SignIn, DateTimeOffset Expires);
}
