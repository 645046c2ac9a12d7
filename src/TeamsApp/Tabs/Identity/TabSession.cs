namespace Wijkverbinder.TeamsApp.Tabs.Identity;

/// <summary>
/// The signed-in user of one page's circuit. The page's shell signs in once, with the token the Teams JavaScript SDK
/// (or, in Development, the developer sign-in) hands it; every component of that page reads the user from here.
/// </summary>
public sealed class TabSession(TabAuthenticator authenticator)
{
    public TabUser? User { get; private set; }

    public TabSignInFailure Failure { get; private set; }

    public async Task<TabSignIn> SignInAsync(string? token, CancellationToken cancellationToken)
    {
        var signIn = await authenticator.SignInAsync(token, cancellationToken);
        User = signIn.User;
        Failure = signIn.Failure;
        return signIn;
    }
}
