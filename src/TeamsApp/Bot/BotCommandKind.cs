namespace Wijkverbinder.TeamsApp.Bot;

/// <summary>What a user can ask the bot in a message.</summary>
public enum BotCommandKind
{
    Help,
    RegisterInitiative,
    Find,
    DistrictSummary,
    Refer,
    MyReferrals,
    Consent,
    PlanMeeting,
    RequestBudget,
    MarkSuccess,
    RequestBooking,
    RequestBoardAccess,
    Unknown,
}
