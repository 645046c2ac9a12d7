using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.TeamsApp.Bot.Cards;

namespace Wijkverbinder.TeamsApp.Bot;

/// <summary>
/// The capability each bot button and command needs (<see cref="RoleRules"/>, the same table as the tabs'). Whatever
/// is not named here needs a role only; who is involved in a referral or meeting is then the domain's decision.
/// </summary>
internal static class BotAccess
{
    public static Capability Of(string? verb) => verb switch
    {
        BotVerbs.ShowRegister or BotVerbs.Register => Capability.RegisterInitiative,
        BotVerbs.ShowFind or BotVerbs.Find or BotVerbs.ShowSummary or BotVerbs.Summary => Capability.ViewNetwork,
        BotVerbs.ShowReferStart or BotVerbs.ShowReferForm or BotVerbs.Refer => Capability.Refer,
        BotVerbs.ShowBudgetForm or BotVerbs.SubmitBudget or BotVerbs.RequestBoardAccess => Capability.Refer,
        BotVerbs.ShowMeetingForm or BotVerbs.SuggestInvitees or BotVerbs.PlanMeeting => Capability.PlanMeetings,
        BotVerbs.MarkSuccess => Capability.EditProgramme,
        BotVerbs.RequestBooking => Capability.BookResources,
        BotVerbs.ShowConsent or BotVerbs.GiveConsent or BotVerbs.WithdrawConsent => Capability.ManageOwnConsent,
        _ => Capability.UseApp,
    };

    public static Capability Of(BotCommandKind kind) => kind switch
    {
        BotCommandKind.RegisterInitiative => Capability.RegisterInitiative,
        BotCommandKind.Find or BotCommandKind.DistrictSummary => Capability.ViewNetwork,
        BotCommandKind.Refer or BotCommandKind.RequestBudget or BotCommandKind.RequestBoardAccess => Capability.Refer,
        BotCommandKind.PlanMeeting => Capability.PlanMeetings,
        BotCommandKind.MarkSuccess => Capability.EditProgramme,
        BotCommandKind.RequestBooking => Capability.BookResources,
        BotCommandKind.Consent => Capability.ManageOwnConsent,
        _ => Capability.UseApp,
    };
}
