using Microsoft.Extensions.Options;
using Wijkverbinder.Cards;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Conversations;
using Wijkverbinder.Domain.Referrals;
using Wijkverbinder.Protocol.Connector;
using Wijkverbinder.Protocol.Schema;

namespace Wijkverbinder.Notifications.Dispatch;

/// <summary>
/// Sends a card to a colleague's conversation: a person's 1:1 chat with the bot (by Entra object id), or a team's
/// channel. No address → skipped; a blocked conversation is marked so nothing is sent there again, and skipped.
/// Rate limits and retries are the connector's own pipeline; what still fails after them throws (the queue retries).
/// </summary>
public sealed class ProactiveCardSender(
    IConversationDirectory conversations,
    ConnectorClient connector,
    IOptions<WijkverbinderOptions> options,
    TimeProvider clock)
{
    public Task<ConversationAddress?> FindAsync(Colleague colleague, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(colleague);
        var tenant = options.Value.TenantId;
        return colleague.Kind == ColleagueKind.Team || colleague.Id.IsTeam
            ? colleague.ChannelConversationId is { } channel
                ? conversations.FindAsync(tenant, ConversationKind.Channel, channel, cancellationToken)
                : Task.FromResult<ConversationAddress?>(null)
            : conversations.FindAsync(tenant, ConversationKind.Personal, colleague.Id.Value, cancellationToken);
    }

    /// <summary>The 29: user ids of those people whose personal address is known (for a card's refresh.userIds).</summary>
    public async Task<IReadOnlyList<string>> UserIdsAsync(IEnumerable<ColleagueId> people, CancellationToken cancellationToken)
    {
        var ids = new List<string>();
        foreach (var person in people.Where(p => !p.IsTeam).Distinct())
        {
            var address = await conversations.FindAsync(options.Value.TenantId, ConversationKind.Personal, person.Value, cancellationToken);
            if (address?.UserId is { } userId && address.CanReceive)
            {
                ids.Add(userId);
            }
        }

        return ids;
    }

    public async Task<SendOutcome> SendAsync(Colleague recipient, Func<AdaptiveCard> card, CancellationToken cancellationToken) =>
        await SendToAsync(recipient, card, await FindAsync(recipient, cancellationToken), update: null, cancellationToken);

    /// <summary>
    /// Replaces a card sent earlier (PUT) when <paramref name="update"/> names it and the recipient's conversation is
    /// still that one; otherwise sends a new card. <see cref="SendOutcome.ActivityId"/> names the card that shows now.
    /// </summary>
    public async Task<(SendOutcome Outcome, string? ConversationId)> SendOrUpdateAsync(
        Colleague recipient, Func<AdaptiveCard> card, (string ConversationId, string ActivityId)? update, CancellationToken cancellationToken)
    {
        var address = await FindAsync(recipient, cancellationToken);
        var outcome = await SendToAsync(recipient, card, address, update, cancellationToken);
        return (outcome, address?.ConversationId);
    }

    private async Task<SendOutcome> SendToAsync(
        Colleague recipient, Func<AdaptiveCard> card, ConversationAddress? address, (string ConversationId, string ActivityId)? update, CancellationToken cancellationToken)
    {
        if (address is null || !address.Installed)
        {
            return SendOutcome.Skipped(DeliverySkipReasons.NoConversation);
        }

        if (address.Blocked)
        {
            return SendOutcome.Skipped(DeliverySkipReasons.Blocked);
        }

        var content = RecipientCulture.Use(recipient, card);
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Summary = content.FallbackText,
            Attachments = [new Attachment { ContentType = Attachment.AdaptiveCardContentType, Content = content.ToJsonElement() }],
        };
        try
        {
            if (update is { } earlier && earlier.ConversationId == address.ConversationId)
            {
                await connector.UpdateActivityAsync(new Uri(address.ServiceUrl), address.ConversationId, earlier.ActivityId, activity, cancellationToken);
                return SendOutcome.Sent(earlier.ActivityId);
            }

            var response = await connector.SendActivityAsync(new Uri(address.ServiceUrl), address.ConversationId, activity, cancellationToken);
            return SendOutcome.Sent(response.Id);
        }
        catch (ConversationBlockedException)
        {
            await conversations.MarkBlockedAsync(address.TenantId, address.Kind, address.Key, clock.GetUtcNow(), cancellationToken);
            return SendOutcome.Skipped(DeliverySkipReasons.Blocked);
        }
        catch (ConnectorException e) when (e.Status is >= 400 and < 500 and not 429 and not 408)
        {
            // The conversation is gone or the card was refused: trying again cannot help.
            return SendOutcome.Skipped(DeliverySkipReasons.ConnectorRefused);
        }
    }
}
