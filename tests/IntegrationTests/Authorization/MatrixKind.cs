namespace Wijkverbinder.IntegrationTests.Authorization;

public enum MatrixKind
{
    /// <summary>Tab API: called as every persona; allowed ones pass, others get 401/403/404, a Denied record and no change.</summary>
    TabApi,

    /// <summary>Bot button: pressed as every persona; refused ones see the refusal on the card, a Denied record and no change.</summary>
    Verb,

    /// <summary>
    /// Development only and loopback only (no sign-in): not mapped outside Development, and from another machine 403
    /// with no change (and a Denied record for the audited /api groups).
    /// </summary>
    DevelopmentOnly,

    /// <summary>Not a data endpoint: a page shell, static or health; the reason is written on the row.</summary>
    NoData,
}
