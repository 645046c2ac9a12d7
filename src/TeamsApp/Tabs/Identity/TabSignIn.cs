namespace Wijkverbinder.TeamsApp.Tabs.Identity;

/// <summary>The outcome of a sign-in: the user, or why there is none.</summary>
public sealed record TabSignIn(TabUser? User, TabSignInFailure Failure)
{
    public bool Succeeded => User is not null;

    public static TabSignIn Of(TabUser user) => new(user, TabSignInFailure.None);

    public static TabSignIn Refused(TabSignInFailure failure) => new(null, failure);
}
