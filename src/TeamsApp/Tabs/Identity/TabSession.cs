namespace Wijkverbinder.TeamsApp.Tabs.Identity;

/// <summary>
/// The signed-in user of one page's circuit. The page's shell signs in once, with the one-time ticket its script got
/// for the token of the Teams JavaScript SDK (or, in Development, the developer sign-in): the token itself never
/// crosses the circuit. Every component of that page reads the user from here.
/// </summary>
public sealed class TabSession(TabSignInTickets tickets)
{
    public TabUser? User { get; private set; }

    public TabSignInFailure Failure { get; private set; }

    /// <summary>A registered colleague without a role: the layout offers them their own consent, nothing else.</summary>
    public TabUser? WithoutRole { get; private set; }

    public TabSignIn Redeem(string? ticket)
    {
        var signIn = tickets.Redeem(ticket);
        User = signIn.User;
        Failure = signIn.Failure;
        WithoutRole = signIn.WithoutRole;
        return signIn;
    }
}
