namespace Wijkverbinder.TeamsApp.Bot.Cards;

/// <summary>What the referral form holds, so a refused form comes back filled in.</summary>
public sealed record ReferralValues(
    string? Subject,
    string? Initiative,
    string? Summary,
    string? Details,
    string? Urgency,
    string? Receiver,
    string? DueDate,
    string? PersonalData,
    string? ConsentGivenTo,
    string? ConsentGivenOn)
{
    public static ReferralValues Empty { get; } = new(null, null, null, null, null, null, null, null, null, null);
}
