namespace Wijkverbinder.Domain.Validation;

/// <summary>The reasons an input can be refused. Each is a key in the user-facing message resources.</summary>
public static class ValidationCodes
{
    public const string Required = nameof(Required);
    public const string TooLong = nameof(TooLong);
    public const string TooMany = nameof(TooMany);
    public const string InvalidFormat = nameof(InvalidFormat);
    public const string UnknownValue = nameof(UnknownValue);
    public const string UnknownMunicipality = nameof(UnknownMunicipality);
    public const string UnknownDistrict = nameof(UnknownDistrict);
    public const string DistrictsInSeveralAreas = nameof(DistrictsInSeveralAreas);
    public const string UnknownTheme = nameof(UnknownTheme);
    public const string UnknownMember = nameof(UnknownMember);
    public const string OtherArea = nameof(OtherArea);
    public const string SelfTie = nameof(SelfTie);
    public const string DuplicateTie = nameof(DuplicateTie);
    public const string InFuture = nameof(InFuture);
    public const string BeforeSince = nameof(BeforeSince);
    public const string ContainsBsn = nameof(ContainsBsn);
    public const string ControlCharacters = nameof(ControlCharacters);
    public const string KindMismatch = nameof(KindMismatch);
    public const string InPast = nameof(InPast);
    public const string TooFarAhead = nameof(TooFarAhead);
    public const string UnknownColleague = nameof(UnknownColleague);
    public const string SelfReferral = nameof(SelfReferral);
    public const string NoReceiver = nameof(NoReceiver);
    public const string ConsentRequired = nameof(ConsentRequired);
    public const string ConsentForOtherReceiver = nameof(ConsentForOtherReceiver);
    public const string NotAnInitiative = nameof(NotAnInitiative);
    public const string NotAScope = nameof(NotAScope);

    /// <summary>A theme with this name (or the same id) exists already (argument: the name).</summary>
    public const string DuplicateTheme = nameof(DuplicateTheme);

    /// <summary>The scope's area does not work on this theme (arguments: theme, area name).</summary>
    public const string ThemeNotInArea = nameof(ThemeNotInArea);

    /// <summary>A number outside its range (arguments: lowest, highest).</summary>
    public const string OutOfRange = nameof(OutOfRange);

    /// <summary>The SLAs must not get longer as the urgency rises: urgent ≤ high ≤ normal.</summary>
    public const string SlaOrder = nameof(SlaOrder);

    /// <summary>The reminder must come before the shortest SLA ends (argument: the shortest SLA in days).</summary>
    public const string ReminderTooLate = nameof(ReminderTooLate);

    /// <summary>The action is not possible in the referral's current status (arguments: action, status).</summary>
    public const string NotAllowedNow = nameof(NotAllowedNow);

    /// <summary>Only the current receiver (or a member of the receiving team) may do this.</summary>
    public const string NotReceiver = nameof(NotReceiver);

    /// <summary>Only the referrer (or a member of their team) may do this.</summary>
    public const string NotReferrer = nameof(NotReferrer);

    /// <summary>Someone else changed the referral at the same moment (argument: its status now).</summary>
    public const string ChangedMeanwhile = nameof(ChangedMeanwhile);

    /// <summary>A meeting ends at or before it starts.</summary>
    public const string EndBeforeStart = nameof(EndBeforeStart);

    /// <summary>A meeting lasts longer than allowed (argument: the most hours).</summary>
    public const string TooLongDuration = nameof(TooLongDuration);

    /// <summary>A meeting needs at least one invitee besides the organiser.</summary>
    public const string NoInvitees = nameof(NoInvitees);

    /// <summary>Only the organiser (or a wijkmanager of its districts) may do this.</summary>
    public const string NotOrganiser = nameof(NotOrganiser);

    /// <summary>Only an invitee of the meeting may do this.</summary>
    public const string NotInvited = nameof(NotInvited);

    /// <summary>Only someone who attended the meeting may give feedback.</summary>
    public const string NotAttendee = nameof(NotAttendee);

    /// <summary>Feedback is about a party that did not attend the meeting (argument: the party).</summary>
    public const string NotAParty = nameof(NotAParty);

    /// <summary>The action is not possible in the meeting's current status (arguments: action, status).</summary>
    public const string MeetingNotAllowedNow = nameof(MeetingNotAllowedNow);

    /// <summary>Someone else changed the meeting at the same moment.</summary>
    public const string MeetingChangedMeanwhile = nameof(MeetingChangedMeanwhile);

    /// <summary>A person may change only their own entry in the network (their work mail is its e-mail address).</summary>
    public const string NotYourEntry = nameof(NotYourEntry);
    public const string IdOrEmail = nameof(IdOrEmail);
    public const string ConfirmationMismatch = nameof(ConfirmationMismatch);

    /// <summary>The actor does not work in this district, or not in all districts of this area (argument: the district or scope).</summary>
    public const string OutsideYourDistricts = nameof(OutsideYourDistricts);

    /// <summary>A value appears twice where each must be unique (argument: the value).</summary>
    public const string Duplicate = nameof(Duplicate);

    /// <summary>Every district belongs to exactly one area (argument: the district code).</summary>
    public const string DistrictNotInOneArea = nameof(DistrictNotInOneArea);

    /// <summary>This installation serves another municipality (argument: its code).</summary>
    public const string OtherMunicipality = nameof(OtherMunicipality);

    /// <summary>Reference data only grows: an area, district or theme in use cannot be removed (argument: what).</summary>
    public const string CannotRemove = nameof(CannotRemove);

    /// <summary>A district's members live in its area's partition: it cannot move to another area (arguments: district, area).</summary>
    public const string CannotMove = nameof(CannotMove);

    /// <summary>A link must be a full https address (a video on the success podium).</summary>
    public const string HttpsLinkOnly = nameof(HttpsLinkOnly);

    /// <summary>An amount in euros: more than zero, at most two decimals, not above the maximum (argument: the maximum).</summary>
    public const string InvalidAmount = nameof(InvalidAmount);

    /// <summary>More than the area's budget has left (arguments: the amount left, the area's name, the year).</summary>
    public const string NotEnoughLeft = nameof(NotEnoughLeft);

    /// <summary>The area has no budget (holder) for the year (arguments: the area's name, the year).</summary>
    public const string NoBudgetHolder = nameof(NoBudgetHolder);

    /// <summary>A grant above the amount requested (argument: the amount requested).</summary>
    public const string AboveRequested = nameof(AboveRequested);

    /// <summary>Spending above what is left of the grant (argument: what is left of it).</summary>
    public const string AboveGranted = nameof(AboveGranted);

    /// <summary>A budget below what has already been granted from it (argument: the amount granted).</summary>
    public const string BelowGranted = nameof(BelowGranted);

    /// <summary>Spending on a request that was not granted.</summary>
    public const string NotGranted = nameof(NotGranted);

    /// <summary>A criterion of the checklist is not answered (argument: the criterion's text).</summary>
    public const string NotAnswered = nameof(NotAnswered);

    /// <summary>A criterion that is not met needs a note to grant anyway (argument: the criterion's text).</summary>
    public const string NotMetWithoutNote = nameof(NotMetWithoutNote);

    /// <summary>Only a wijkmanager of the area or a Beheerder may set its budget.</summary>
    public const string NotBudgetManager = nameof(NotBudgetManager);

    /// <summary>No official is configured for requests to the board.</summary>
    public const string NoBoardOfficial = nameof(NoBoardOfficial);

    /// <summary>No shared resource with this id in the municipality (argument: the id).</summary>
    public const string UnknownResource = nameof(UnknownResource);

    /// <summary>A booking ends before it starts.</summary>
    public const string ToBeforeFrom = nameof(ToBeforeFrom);

    /// <summary>A booking spans more days than allowed (argument: the most days).</summary>
    public const string BookingTooLong = nameof(BookingTooLong);

    /// <summary>Some of the days are held by another booking (arguments: its first and last day, and its status).</summary>
    public const string BookingConflict = nameof(BookingConflict);

    /// <summary>The district is not in the resource's area (argument: the area's name).</summary>
    public const string OutsideResourceArea = nameof(OutsideResourceArea);

    /// <summary>Only the resource's approver may approve or decline.</summary>
    public const string NotApprover = nameof(NotApprover);

    /// <summary>Only the requester or the approver may cancel a booking.</summary>
    public const string NotRequesterOrApprover = nameof(NotRequesterOrApprover);

    /// <summary>The action is not possible in the booking's current status (arguments: action, status).</summary>
    public const string BookingNotAllowedNow = nameof(BookingNotAllowedNow);

    /// <summary>Someone else changed the booking at the same moment.</summary>
    public const string BookingChangedMeanwhile = nameof(BookingChangedMeanwhile);
    public const string ResourceChangedMeanwhile = nameof(ResourceChangedMeanwhile);
    public const string ResourceRetired = nameof(ResourceRetired);

    /// <summary>Only a wijkmanager or a beheerder may register a shared resource; the approver must be a wijkmanager.</summary>
    public const string NotDistrictManager = nameof(NotDistrictManager);
}
