namespace Wijkverbinder.Protocol.Authentication.Sso;

/// <summary>Why a tab token was refused; the reason is logged and tested, never the token.</summary>
public enum SsoFailure
{
    None,
    Missing,
    Malformed,
    NotConfigured,
    UnknownSigningKey,
    BadSignature,
    WrongIssuer,
    WrongTenant,
    WrongAudience,
    Expired,
    NoUser,
}
