using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Meetings;
using Wijkverbinder.TeamsApp.Tabs.Identity;

namespace Wijkverbinder.TeamsApp.Tabs.Meetings;

/// <summary>
/// Need-to-know for meetings on the tabs. A meeting is seen by whoever is involved: its organiser (or their team), a
/// wijkmanager of one of its districts, an invited colleague, and the owner of an action agreed in it. Anyone else,
/// a colleague of the same district included, sees nothing of it (the wijkteam channel's agenda card is where the
/// team learns of it). Changing, cancelling, attendance and new actions are the organiser's (or that wijkmanager's), as
/// in <see cref="MeetingLifecycle.MayOrganise"/>; an action is marked done by its owner or the organiser.
/// </summary>
internal static class MeetingAccess
{
    public static bool MayOrganise(TabUser user, Meeting meeting) =>
        user.ActsFor(meeting.Organiser) || (user.Has(AppRole.DistrictManager) && meeting.Districts.Any(user.WorksIn));

    public static bool IsInvited(TabUser user, Meeting meeting) =>
        meeting.Invitees.Any(i => i.Ref.Colleague is { } colleague && user.ActsFor(colleague));

    public static bool IsInvolved(TabUser user, Meeting meeting) =>
        MayOrganise(user, meeting) || IsInvited(user, meeting) || meeting.Actions.Any(a => user.ActsFor(a.Owner));

    public static bool MayComplete(TabUser user, Meeting meeting, AgreedAction action) =>
        !action.Done && meeting.Status != MeetingStatus.Cancelled && (user.ActsFor(action.Owner) || MayOrganise(user, meeting));
}
