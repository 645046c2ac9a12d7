namespace Wijkverbinder.Domain.Conversations;

/// <summary>The conversations the bot may write to, per tenant.</summary>
public interface IConversationDirectory
{
    /// <summary>Adds or replaces the address (installing again after an uninstall makes it usable again).</summary>
    Task SaveAsync(ConversationAddress address, CancellationToken cancellationToken);

    Task<ConversationAddress?> FindAsync(string tenantId, ConversationKind kind, string key, CancellationToken cancellationToken);

    /// <summary>The team channels of one team where the app is installed.</summary>
    Task<IReadOnlyList<ConversationAddress>> ListChannelsAsync(string tenantId, string teamId, CancellationToken cancellationToken);

    /// <summary>Marks the address as uninstalled; returns false when it was unknown.</summary>
    Task<bool> MarkUninstalledAsync(string tenantId, ConversationKind kind, string key, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Marks the address as blocked by its user; returns false when it was unknown.</summary>
    Task<bool> MarkBlockedAsync(string tenantId, ConversationKind kind, string key, DateTimeOffset at, CancellationToken cancellationToken);
}
