namespace Wijkverbinder.Domain.Validation;

/// <summary>
/// The refusals that are about who acts rather than what they typed or when: not the receiver, not the organiser,
/// not your entry, not the resource's approver. Every surface records these as Denied in the audit log and answers
/// them as a refusal (403 or the reason on the card).
/// </summary>
public static class ActorRefusals
{
    public static bool Any(IEnumerable<ValidationError> errors) => errors.Any(IsAboutTheActor);

    public static bool IsAboutTheActor(ValidationError error) => error.Code switch
    {
        ValidationCodes.NotReceiver or ValidationCodes.NotReferrer or ValidationCodes.NotOrganiser
            or ValidationCodes.NotAttendee or ValidationCodes.NotYourEntry or ValidationCodes.OutsideYourDistricts
            or ValidationCodes.NotBudgetManager or ValidationCodes.NotApprover or ValidationCodes.NotRequesterOrApprover => true,
        // Not a wijkmanager registering a resource (on "approver" it is about the approver, so the input's error).
        ValidationCodes.NotDistrictManager => error.Field == "actor",
        ValidationCodes.NotInvited => error.Field == "invitee",
        ValidationCodes.UnknownColleague => error.Field == "actor",
        _ => false,
    };
}
