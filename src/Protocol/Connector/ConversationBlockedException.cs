namespace Wijkverbinder.Protocol.Connector;

/// <summary>
/// The user blocked or removed the bot (403 MessageWritesBlocked and its relatives). Retrying cannot help: the caller
/// marks the conversation as blocked and stops sending until the user talks to the bot again or reinstalls it.
/// </summary>
public sealed class ConversationBlockedException : ConnectorException
{
    public ConversationBlockedException()
    {
    }

    public ConversationBlockedException(string message)
        : base(message)
    {
    }

    public ConversationBlockedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ConversationBlockedException(string conversationId, string? errorCode, string message, string? correlationId = null)
        : base(403, errorCode, message, correlationId)
    {
        ConversationId = conversationId;
    }

    public string? ConversationId { get; }
}
