namespace Wijkverbinder.TeamsApp.Tabs.Identity;

/// <summary>Why a tab user was not signed in: the token was refused, or it names nobody who may use the app.</summary>
public enum TabSignInFailure
{
    None,

    /// <summary>The token was missing, forged, expired, or for another tenant or app.</summary>
    InvalidToken,

    /// <summary>The token is valid but its user is not a colleague of this municipality.</summary>
    NotRegistered,

    /// <summary>The token is valid but the colleague directory gives its user none of the app's roles.</summary>
    NoRole,
}
