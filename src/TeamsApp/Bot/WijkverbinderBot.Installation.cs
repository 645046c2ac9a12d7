using Wijkverbinder.Domain.Conversations;
using Wijkverbinder.Protocol.Schema;

namespace Wijkverbinder.TeamsApp.Bot;

/// <summary>Installs and uninstalls: keep the address for proactive messages, and welcome.</summary>
public sealed partial class WijkverbinderBot
{
    private async Task OnInstallationUpdateAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (activity.Action?.StartsWith("remove", StringComparison.Ordinal) == true)
        {
            await ForgetAsync(activity, cancellationToken);
        }
        else if (activity.Action?.StartsWith("add", StringComparison.Ordinal) == true)
        {
            await RememberAsync(activity, cancellationToken);
        }
    }

    /// <summary>Teams says the bot joined (or left) with a conversationUpdate naming the bot itself; the welcome goes there.</summary>
    private async Task OnConversationUpdateAsync(Activity activity, CancellationToken cancellationToken)
    {
        var botId = activity.Recipient?.Id;
        if (activity.MembersAdded?.Any(m => m.Id == botId) == true)
        {
            await RememberAsync(activity, cancellationToken);
            await SendAsync(activity, cards.Welcome(), cancellationToken);
        }
        else if (activity.MembersRemoved?.Any(m => m.Id == botId) == true)
        {
            await ForgetAsync(activity, cancellationToken);
        }
    }

    private async Task RememberAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (ConversationAddresses.From(activity, clock.GetUtcNow()) is { } address)
        {
            await conversations.SaveAsync(address, cancellationToken);
        }
        else
        {
            LogNoAddress(logger, activity.Type);
        }
    }

    private async Task ForgetAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (ConversationAddresses.From(activity, clock.GetUtcNow()) is { } address)
        {
            await conversations.MarkUninstalledAsync(address.TenantId, address.Kind, address.Key, address.UpdatedAt, cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A {Type} activity had no tenant or conversation to remember.")]
    private static partial void LogNoAddress(ILogger logger, string? type);
}
