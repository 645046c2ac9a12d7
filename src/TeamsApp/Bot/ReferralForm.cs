using Wijkverbinder.Domain.Referrals;
using Wijkverbinder.Domain.Validation;
using Wijkverbinder.TeamsApp.Bot.Cards;
using Wijkverbinder.TeamsApp.Network;
using Wijkverbinder.TeamsApp.Referrals;
using Wijkverbinder.TeamsApp.Referrals.Contracts;

namespace Wijkverbinder.TeamsApp.Bot;

/// <summary>Reads the bot's referral form into a draft, the same way the API reads its body.</summary>
internal static class ReferralForm
{
    public static (ReferralDraft Draft, List<ValidationError> Errors) Read(ReferralValues values, string district, string theme)
    {
        var personalData = values.PersonalData == "true";
        var request = new ReferralRequest
        {
            Subject = values.Subject,
            Initiative = values.Subject == nameof(SubjectKind.Initiative) ? values.Initiative : null,
            Summary = values.Summary,
            Details = values.Details,
            District = district,
            Theme = theme,
            Urgency = values.Urgency,
            Receiver = values.Receiver,
            DueDate = values.DueDate,
            ContainsPersonalData = personalData,
            Consent = personalData ? new ConsentRequest(values.ConsentGivenTo, values.ConsentGivenOn) : null,
        };
        return ReferralRequestReader.Read(request);
    }
}
