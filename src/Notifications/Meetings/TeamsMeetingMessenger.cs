using Microsoft.Extensions.Logging;
using Wijkverbinder.Cards;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Meetings;
using Wijkverbinder.Domain.Referrals;
using Wijkverbinder.Notifications.Dispatch;

namespace Wijkverbinder.Notifications.Meetings;

/// <summary>
/// Posts and updates the agenda card in the wijkteam's channel, and sends the feedback card to an attendee's chat.
/// The channel is that of the organiser's team (working in the meeting's districts first), else of a team of the
/// meeting's districts. The feedback card goes once per attendee and meeting: the delivery log remembers it.
/// Logs carry meeting ids and outcomes only.
/// </summary>
public sealed partial class TeamsMeetingMessenger(
    MeetingViews views,
    MeetingCards cards,
    IColleagueDirectory colleagues,
    ProactiveCardSender sender,
    IDeliveryLog deliveries,
    TimeProvider clock,
    ILogger<TeamsMeetingMessenger> logger) : IMeetingMessenger
{
    public async Task<MeetingLinks> AnnounceAsync(Meeting meeting, MeetingLinks links, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(links);
        var everyone = await colleagues.ListAsync(meeting.Id.Municipality, cancellationToken);
        var team = ChannelOf(meeting, everyone);
        if (team is null)
        {
            LogNoChannel(logger, meeting.Id.ToString());
            return links;
        }

        var view = await views.ForAsync(meeting, links, cancellationToken);
        var refresh = await sender.UserIdsAsync(RefreshFor(meeting), cancellationToken);
        Func<AdaptiveCard> card = () => cards.Agenda(view, viewer: null, [], refresh, clock.GetUtcNow());
        var earlier = links is { AgendaConversationId: { } conversation, AgendaActivityId: { } activity } ? (conversation, activity) : ((string, string)?)null;
        var (outcome, conversationId) = await sender.SendOrUpdateAsync(team, card, earlier, cancellationToken);
        if (earlier is not null && outcome.Reason == DeliverySkipReasons.ConnectorRefused)
        {
            // The earlier card is gone (deleted in Teams): post a new one.
            (outcome, conversationId) = await sender.SendOrUpdateAsync(team, card, update: null, cancellationToken);
        }

        LogAnnounced(logger, meeting.Id.ToString(), outcome.State, outcome.Reason);
        return outcome.State == DeliveryState.Sent && outcome.ActivityId is not null
            ? links with { AgendaConversationId = conversationId, AgendaActivityId = outcome.ActivityId }
            : links;
    }

    public async Task AskFeedbackAsync(Meeting meeting, ColleagueId attendee, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        var municipality = meeting.Id.Municipality;
        var key = DeliveryKey(meeting.Id, attendee);
        var previous = await deliveries.ClaimAsync(municipality, key, cancellationToken);
        if (previous is { IsFinal: true })
        {
            return;
        }

        var recipient = await colleagues.GetAsync(municipality, attendee, cancellationToken);
        var view = await views.ForAsync(meeting, new MeetingLinks(), cancellationToken);
        var outcome = recipient is null
            ? SendOutcome.Skipped(DeliverySkipReasons.UnknownRecipient)
            : await sender.SendAsync(recipient, () => cards.Feedback(view), cancellationToken);
        if (outcome.State == DeliveryState.Sent)
        {
            await deliveries.MarkSentAsync(municipality, key, outcome.ActivityId, cancellationToken);
        }
        else
        {
            await deliveries.MarkSkippedAsync(municipality, key, outcome.Reason ?? DeliverySkipReasons.NoConversation, cancellationToken);
        }

        LogFeedbackAsked(logger, meeting.Id.ToString(), outcome.State, outcome.Reason);
    }

    /// <summary>The delivery log's key: the meeting and a hash of the attendee, so the log names no one.</summary>
    public static string DeliveryKey(MeetingId meeting, ColleagueId attendee) => $"meeting-feedback-{FeedbackKey.For(meeting, attendee)}";

    /// <summary>The team whose channel gets the agenda card; null when no team of the organiser or the districts has one.</summary>
    public static Colleague? ChannelOf(Meeting meeting, IReadOnlyList<Colleague> everyone)
    {
        var organiser = everyone.FirstOrDefault(c => c.Id == meeting.Organiser);
        var teams = everyone.Where(c => (c.Kind == ColleagueKind.Team || c.Id.IsTeam) && c.ChannelConversationId is not null).ToList();
        bool WorksHere(Colleague team) => team.Districts.Any(meeting.Districts.Contains);
        bool Organisers(Colleague team) => team.Id == meeting.Organiser || organiser?.Teams.Contains(team.Id) == true;
        return teams.FirstOrDefault(t => Organisers(t) && WorksHere(t))
            ?? teams.FirstOrDefault(Organisers)
            ?? teams.FirstOrDefault(WorksHere);
    }

    /// <summary>Who gets their own card by refresh: the invited colleagues and the organiser.</summary>
    public static IEnumerable<ColleagueId> RefreshFor(Meeting meeting) =>
        meeting.Invitees.Select(i => i.Ref.Colleague).OfType<ColleagueId>().Prepend(meeting.Organiser);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Meeting {MeetingId}: no team channel to post the agenda card in.")]
    private static partial void LogNoChannel(ILogger logger, string meetingId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Meeting {MeetingId}: agenda card {State} {Reason}.")]
    private static partial void LogAnnounced(ILogger logger, string meetingId, DeliveryState state, string? reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Meeting {MeetingId}: feedback card {State} {Reason}.")]
    private static partial void LogFeedbackAsked(ILogger logger, string meetingId, DeliveryState state, string? reason);
}
