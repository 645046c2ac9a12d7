namespace Wijkverbinder.Domain.Conversations;

/// <summary>Where the bot can write to: a person's 1:1 chat with the bot, or a team channel.</summary>
public enum ConversationKind
{
    Personal,
    Channel,
}
