using Wijkverbinder.Protocol.Schema;

namespace Wijkverbinder.TeamsApp.Bot;

/// <summary>Sends an activity into a conversation through the Bot Connector (the bot's only way to speak first).</summary>
public interface IConversationSender
{
    Task SendAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken);
}
