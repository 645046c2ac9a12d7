namespace Wijkverbinder.TeamsApp.Referrals.Contracts;

/// <summary>To whom and when (yyyy-MM-dd) the resident gave consent to share their data with the receiver.</summary>
public sealed record ConsentRequest(string? GivenTo, string? GivenOn);
