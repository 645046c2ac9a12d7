using Microsoft.Extensions.Logging;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.Domain.Programme;
using Wijkverbinder.Domain.Referrals;
using Wijkverbinder.Notifications.Dispatch;
using Wijkverbinder.Storage.Queues;

namespace Wijkverbinder.Notifications.Programme;

/// <summary>
/// Posts an area's programme card to its wijkteam channel, or updates the card posted before in place; once per change:
/// the delivery log (key "programme.{area}.{change}") skips a change that was done. The card shows the programme as it
/// is when the message is worked, so changes arriving out of order still leave the newest programme on the card.
/// </summary>
public sealed partial class ProgrammeCardDispatcher(
    IDeliveryLog deliveries,
    INetworkStore network,
    IProgrammeStore store,
    ProgrammeService programmes,
    IColleagueDirectory colleagues,
    ProgrammeCards cards,
    ProactiveCardSender sender,
    TimeProvider clock,
    ILogger<ProgrammeCardDispatcher> logger)
{
    public const string UnknownArea = "UnknownArea";

    public static string Key(ProgrammeChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        return $"programme.{change.Area}.{change.Id}";
    }

    public async Task<DeliveryState> DispatchAsync(ProgrammeCardMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var change = message.ToChange();
        using var activity = QueueActivity.Start("DispatchProgrammeCard", AppQueues.ProgrammeQueueName, $"{change.Area}.{change.Id}", QueueTraceContext.From(message.TraceParent, message.TraceState));
        var municipalityCode = change.Area.Municipality;
        var key = Key(change);
        var previous = await deliveries.ClaimAsync(municipalityCode, key, cancellationToken);
        if (previous is { IsFinal: true })
        {
            LogDuplicate(logger, change.Area.ToString(), change.Id);
            return previous.State;
        }

        var outcome = await SendAsync(change, cancellationToken);
        if (outcome.State == DeliveryState.Sent)
        {
            await deliveries.MarkSentAsync(municipalityCode, key, outcome.ActivityId, cancellationToken);
        }
        else
        {
            await deliveries.MarkSkippedAsync(municipalityCode, key, outcome.Reason ?? DeliverySkipReasons.NoConversation, cancellationToken);
        }

        LogOutcome(logger, change.Area.ToString(), change.Id, outcome.State, outcome.Reason);
        return outcome.State;
    }

    private async Task<SendOutcome> SendAsync(ProgrammeChange change, CancellationToken cancellationToken)
    {
        var municipality = await network.GetMunicipalityAsync(change.Area.Municipality, cancellationToken);
        if (municipality?.FindArea(change.Area) is not { } area)
        {
            return SendOutcome.Skipped(UnknownArea);
        }

        var team = AreaChannel.Of(area, await colleagues.ListAsync(municipality.Code, cancellationToken));
        if (team is null)
        {
            return SendOutcome.Skipped(DeliverySkipReasons.NoConversation);
        }

        var programme = await programmes.GetAsync(municipality, area, cancellationToken);
        var now = clock.GetUtcNow();
        var link = await store.GetCardLinkAsync(area.Id, cancellationToken);
        var earlier = link is null ? ((string, string)?)null : (link.ConversationId, link.ActivityId);
        var (outcome, conversation) = await sender.SendOrUpdateAsync(team, () => cards.Programme(programme, now), earlier, cancellationToken);
        if (earlier is not null && outcome.Reason == DeliverySkipReasons.ConnectorRefused)
        {
            // The earlier card is gone (deleted in Teams): post a new one.
            (outcome, conversation) = await sender.SendOrUpdateAsync(team, () => cards.Programme(programme, now), update: null, cancellationToken);
        }

        if (outcome is { State: DeliveryState.Sent, ActivityId: { } activity } && conversation is not null
            && (link is null || link.ActivityId != activity || link.ConversationId != conversation))
        {
            await store.SaveCardLinkAsync(area.Id, new ProgrammeCardLink(conversation, activity), cancellationToken);
        }

        return outcome;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Programme card of area {Area} (change {Change}) was done before; skipped.")]
    private static partial void LogDuplicate(ILogger logger, string area, string change);

    [LoggerMessage(Level = LogLevel.Information, Message = "Programme card of area {Area} (change {Change}): {State} {Reason}.")]
    private static partial void LogOutcome(ILogger logger, string area, string change, DeliveryState state, string? reason);
}
