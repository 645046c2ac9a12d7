namespace Wijkverbinder.Domain.Meetings;

/// <summary>An agreed action with the meeting it was agreed in: a line of its owner's personal view.</summary>
public sealed record OwnedAction(Meeting Meeting, AgreedAction Action)
{
    /// <summary>The open actions among <paramref name="meetings"/> owned by someone <paramref name="owns"/> accepts, the earliest due first.</summary>
    public static IReadOnlyList<OwnedAction> OpenOf(IEnumerable<Meeting> meetings, Func<Colleagues.ColleagueId, bool> owns) =>
        meetings
            .Where(m => m.Status != MeetingStatus.Cancelled)
            .SelectMany(m => m.Actions.Where(a => !a.Done && owns(a.Owner)).Select(a => new OwnedAction(m, a)))
            .OrderBy(o => o.Action.DueOn)
            .ThenBy(o => o.Meeting.Start)
            .ToList();
}
