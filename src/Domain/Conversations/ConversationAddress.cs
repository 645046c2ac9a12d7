namespace Wijkverbinder.Domain.Conversations;

/// <summary>
/// What a proactive message needs to reach a person (by Entra object id) or a team channel, kept when the app is
/// installed. Deliberately minimal: ids and the service address, no names of people.
/// </summary>
public sealed record ConversationAddress
{
    public required string TenantId { get; init; }

    public required ConversationKind Kind { get; init; }

    /// <summary>The person's Entra object id (personal) or the channel's conversation id (channel).</summary>
    public required string Key { get; init; }

    public required string ConversationId { get; init; }

    /// <summary>The Bot Connector address for this conversation; it differs per region, so it is kept as received.</summary>
    public required string ServiceUrl { get; init; }

    public required string ChannelId { get; init; }

    public required string BotId { get; init; }

    /// <summary>The person's channel account id in a personal chat (needed to address them); null for channels.</summary>
    public string? UserId { get; init; }

    public string? TeamId { get; init; }

    public string? TeamName { get; init; }

    public string? ChannelName { get; init; }

    public string? Locale { get; init; }

    public required DateTimeOffset UpdatedAt { get; init; }

    /// <summary>False once the app was uninstalled there; the address is kept until retention removes it.</summary>
    public bool Installed { get; init; } = true;

    /// <summary>True when Teams answered 403 MessageWritesBlocked: the person blocked the bot. Sending stops.</summary>
    public bool Blocked { get; init; }

    public bool CanReceive => Installed && !Blocked;
}
