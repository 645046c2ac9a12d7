namespace Wijkverbinder.Protocol.Authentication.Sso;

/// <summary>The outcome of checking a tab token: the identity it names, or why it was refused.</summary>
public sealed record SsoValidationResult(SsoIdentity? Identity, SsoFailure Failure)
{
    public bool IsValid => Identity is not null;

    public static SsoValidationResult Valid(SsoIdentity identity) => new(identity, SsoFailure.None);

    public static SsoValidationResult Refused(SsoFailure failure) => new(null, failure);
}
