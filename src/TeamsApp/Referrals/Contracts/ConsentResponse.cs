namespace Wijkverbinder.TeamsApp.Referrals.Contracts;

public sealed record ConsentResponse(string GivenTo, string GivenOn, string ForReceiver);
