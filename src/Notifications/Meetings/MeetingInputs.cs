namespace Wijkverbinder.Notifications.Meetings;

/// <summary>
/// The ids of the meeting cards' inputs. A list of toggles (attendance, invitees) uses one id per toggle, made of a
/// prefix and a position; the toggle's "on" value is the invitee or party reference.
/// </summary>
public static class MeetingInputs
{
    public const string AttendeePrefix = "attended.";
    public const string ActionText = "actionText";
    public const string ActionOwner = "actionOwner";
    public const string ActionDueOn = "actionDueOn";
    public const string Usefulness = "usefulness";
    public const string Remark = "remark";

    /// <summary>Per party of a feedback meeting: "party.{n}.contribution" and so on, with "party.{n}" holding its id.</summary>
    public const string PartyPrefix = "party.";

    public static string Party(int index, string field) => $"{PartyPrefix}{index}.{field}";
}
