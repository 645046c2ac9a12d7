using Wijkverbinder.Domain.Conversations;
using Wijkverbinder.Protocol.Schema;

namespace Wijkverbinder.TeamsApp.Bot;

/// <summary>Reads from an activity where the bot can write later: the person's chat, or the team channel.</summary>
public static class ConversationAddresses
{
    /// <summary>The address, or null when the activity lacks a tenant, conversation or service address.</summary>
    public static ConversationAddress? From(Activity activity, DateTimeOffset now)
    {
        var channelData = activity.GetTeamsChannelData();
        var tenant = activity.Conversation?.TenantId ?? channelData?.Tenant?.Id;
        var conversationId = activity.Conversation?.Id;
        if (tenant is null || conversationId is null || activity.ServiceUrl is null || activity.Recipient?.Id is null)
        {
            return null;
        }

        var personal = activity.Conversation?.ConversationType is null or "personal";
        if (personal && activity.From?.Id is null)
        {
            return null;
        }

        // A channel message's conversation id carries ";messageid=..."; the channel itself is the part before it.
        var channelConversation = conversationId.Split(';')[0];
        return new ConversationAddress
        {
            TenantId = tenant,
            Kind = personal ? ConversationKind.Personal : ConversationKind.Channel,
            Key = personal ? activity.From!.AadObjectId ?? activity.From.Id! : channelConversation,
            ConversationId = personal ? conversationId : channelConversation,
            ServiceUrl = activity.ServiceUrl,
            ChannelId = activity.ChannelId ?? "msteams",
            BotId = activity.Recipient.Id,
            UserId = personal ? activity.From!.Id : null,
            TeamId = channelData?.Team?.Id,
            TeamName = channelData?.Team?.Name,
            ChannelName = channelData?.Channel?.Name,
            Locale = activity.Locale,
            UpdatedAt = now,
        };
    }
}
