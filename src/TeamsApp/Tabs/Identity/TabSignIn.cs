namespace Wijkverbinder.TeamsApp.Tabs.Identity;

/// <summary>
/// The outcome of a sign-in: the user, or why there is none. A registered colleague without a role is refused the
/// app, but is still named in <see cref="WithoutRole"/>: they may see and withdraw their own consent
/// (<see cref="Wijkverbinder.Domain.Colleagues.Capability.ManageOwnConsent"/>) and nothing else.
/// </summary>
public sealed record TabSignIn(TabUser? User, TabSignInFailure Failure)
{
    public bool Succeeded => User is not null;

    /// <summary>The colleague refused for having no role; null on every other outcome.</summary>
    public TabUser? WithoutRole { get; private init; }

    public static TabSignIn Of(TabUser user) => new(user, TabSignInFailure.None);

    public static TabSignIn Refused(TabSignInFailure failure) => new(null, failure);

    public static TabSignIn RoleLess(TabUser user) => new(null, TabSignInFailure.NoRole) { WithoutRole = user };
}
