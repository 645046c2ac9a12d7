namespace Wijkverbinder.TeamsApp.Bot.Cards;

/// <summary>The ids of the plan-a-meeting form's inputs (themes is <see cref="BotInputs.Themes"/>).</summary>
public static class MeetingFormInputs
{
    public const string Kind = "kind";
    public const string Title = "title";
    public const string Scope = "scope";
    public const string Date = "date";
    public const string Start = "start";
    public const string End = "end";
    public const string Location = "location";
    public const string Online = "online";
    public const string Agenda = "agenda";

    /// <summary>One toggle per suggested member: "invite.0", "invite.1"...; its "on" value is the member's reference.</summary>
    public const string InvitePrefix = "invite.";

    /// <summary>The colleagues added to the invitees (a multi-select).</summary>
    public const string Colleagues = "colleagues";
}
