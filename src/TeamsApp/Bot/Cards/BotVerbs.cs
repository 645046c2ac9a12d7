namespace Wijkverbinder.TeamsApp.Bot.Cards;

/// <summary>The verbs of the bot's Action.Execute buttons; the invoke handler routes on them.</summary>
public static class BotVerbs
{
    public const string ShowRegister = "showRegister";
    public const string Register = "registerInitiative";
    public const string ShowFind = "showFind";
    public const string Find = "find";
    public const string ShowSummary = "showSummary";
    public const string Summary = "districtSummary";
    public const string Help = "help";

    /// <summary>Refer, step one: district and theme (the routing rule needs both to suggest a receiver).</summary>
    public const string ShowReferStart = "referral.start";

    /// <summary>Refer, step two: the form with the suggested receiver.</summary>
    public const string ShowReferForm = "referral.form";

    public const string Refer = "referral.create";

    public const string ShowMine = "referral.mine";

    /// <summary>Shows one referral's card, chosen from "my referrals".</summary>
    public const string ShowReferral = "referral.show";

    /// <summary>Shows the user's own entries in the network with their opt-in to show contact details.</summary>
    public const string ShowConsent = "consent.show";

    /// <summary>Gives the opt-in on one of the user's own entries (data: the member id).</summary>
    public const string GiveConsent = "consent.give";

    /// <summary>Withdraws the opt-in on one of the user's own entries (data: the member id).</summary>
    public const string WithdrawConsent = "consent.withdraw";

    /// <summary>Plan a meeting, step one: what, where, themes, when. Not "meeting.", which the agenda card's buttons use.</summary>
    public const string ShowMeetingForm = "meetingPlan.form";

    /// <summary>Plan a meeting, step two: the same form with the invitees the network suggests.</summary>
    public const string SuggestInvitees = "meetingPlan.invitees";

    public const string PlanMeeting = "meetingPlan.create";

    /// <summary>The budget request form, its submission, and the holder's grant or decline (the assessment card opens with <see cref="Notifications.Cards.ReferralVerbs.Assess"/>).</summary>
    public const string ShowBudgetForm = "budget.form";
    public const string SubmitBudget = "budget.submit";
    public const string GrantBudget = "budget.grant";
    public const string DeclineBudget = "budget.decline";

    /// <summary>The forms of the commands "succes", "reserveer" and "bestuur": each opens from its command and has one submit.</summary>
    public const string MarkSuccess = "success.submit";
    public const string RequestBooking = "reserve.submit";
    public const string RequestBoardAccess = "board.submit";
}
