using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.Domain.Referrals;
using Wijkverbinder.Domain.Validation;
using Wijkverbinder.TeamsApp.Network;
using Wijkverbinder.TeamsApp.Referrals.Contracts;

namespace Wijkverbinder.TeamsApp.Referrals;

/// <summary>Reads a referral request into a draft, noting every field that does not parse.</summary>
internal static class ReferralRequestReader
{
    public static (ReferralDraft Draft, List<ValidationError> Errors) Read(ReferralRequest request)
    {
        var reader = new RequestReader();
        var subject = reader.Enum<SubjectKind>(request.Subject, "subject") ?? SubjectKind.ResidentQuestion;
        var urgency = reader.Enum<Urgency>(request.Urgency, "urgency", required: false) ?? Urgency.Normal;
        MemberId? initiative = null;
        if (request.Initiative is { Length: > 0 } text)
        {
            if (MemberId.TryParse(text, out var id))
            {
                initiative = id;
            }
            else
            {
                reader.Errors.Add(new("initiative", ValidationCodes.InvalidFormat));
            }
        }

        var draft = new ReferralDraft
        {
            Subject = subject,
            Initiative = initiative,
            Summary = request.Summary ?? string.Empty,
            Details = request.Details,
            District = request.District ?? string.Empty,
            Theme = request.Theme ?? string.Empty,
            Urgency = urgency,
            Receiver = Colleague(request.Receiver, "receiver", reader.Errors),
            ReferrerTeam = Colleague(request.ReferrerTeam, "referrerTeam", reader.Errors),
            DueDate = reader.Date(request.DueDate, "dueDate"),
            ContainsPersonalData = request.ContainsPersonalData ?? false,
            ConsentGivenTo = request.Consent?.GivenTo,
            ConsentGivenOn = reader.Date(request.Consent?.GivenOn, "consent.givenOn"),
        };
        return (draft, reader.Errors);
    }

    public static ColleagueId? Colleague(string? text, string field, List<ValidationError> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (ColleagueId.TryParse(text, out var id))
        {
            return id;
        }

        errors.Add(new(field, ValidationCodes.InvalidFormat));
        return null;
    }
}
