using Wijkverbinder.Protocol.Schema;

namespace Wijkverbinder.Protocol.Connector;

/// <summary>
/// Calls the Bot Connector REST API (v3): send, reply, update and delete activities, and create a conversation for
/// proactive messages. The service URL is the one stored with the conversation (it differs per region). Thread-safe;
/// retries and Teams' rate limits live in the HttpClient's pipeline (<see cref="BotConnectorServiceCollectionExtensions.AddBotConnector"/>).
/// </summary>
/// <exception cref="ConversationBlockedException">The user blocked or removed the bot.</exception>
/// <exception cref="ConnectorException">Any other refusal, after retries where Teams allows them.</exception>
public sealed partial class ConnectorClient(HttpClient httpClient)
{
    /// <summary>POST /v3/conversations/{conversationId}/activities: appends the activity to the conversation.</summary>
    public async Task<ResourceResponse> SendActivityAsync(
        Uri serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationId);
        ArgumentNullException.ThrowIfNull(activity);
        return await SendAsync(
            HttpMethod.Post, ActivitiesUri(serviceUrl, conversationId), conversationId, Json(activity), cancellationToken) ?? new();
    }

    /// <summary>POST /v3/conversations/{conversationId}/activities/{activityId}: a reply to that activity (a thread in a channel).</summary>
    public async Task<ResourceResponse> ReplyToActivityAsync(
        Uri serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationId);
        ArgumentException.ThrowIfNullOrWhiteSpace(activityId);
        ArgumentNullException.ThrowIfNull(activity);
        return await SendAsync(
            HttpMethod.Post, ActivityUri(serviceUrl, conversationId, activityId), conversationId, Json(activity), cancellationToken) ?? new();
    }

    /// <summary>PUT /v3/conversations/{conversationId}/activities/{activityId}: replaces an activity the bot sent.</summary>
    public async Task<ResourceResponse> UpdateActivityAsync(
        Uri serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationId);
        ArgumentException.ThrowIfNullOrWhiteSpace(activityId);
        ArgumentNullException.ThrowIfNull(activity);
        return await SendAsync(
            HttpMethod.Put, ActivityUri(serviceUrl, conversationId, activityId), conversationId, Json(activity), cancellationToken) ?? new();
    }

    /// <summary>DELETE /v3/conversations/{conversationId}/activities/{activityId}.</summary>
    public async Task DeleteActivityAsync(
        Uri serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationId);
        ArgumentException.ThrowIfNullOrWhiteSpace(activityId);
        using var response = await SendRawAsync(
            HttpMethod.Delete, ActivityUri(serviceUrl, conversationId, activityId), conversationId, content: null, cancellationToken);
    }

    /// <summary>POST /v3/conversations: creates a conversation, such as a 1:1 chat for a proactive message.</summary>
    public async Task<ConversationResourceResponse> CreateConversationAsync(
        Uri serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var content = Json(parameters, ProtocolJsonContext.Default.ConversationParameters);
        using var response = await SendRawAsync(HttpMethod.Post, ConversationsUri(serviceUrl), conversationId: null, content, cancellationToken);
        return await ReadAsync(response, ProtocolJsonContext.Default.ConversationResourceResponse, cancellationToken) ?? new();
    }

    /// <summary>
    /// Creates (or finds: Teams returns the existing one) the 1:1 chat between the bot and a user in a tenant, and
    /// returns its conversation id, to store with the service URL for proactive messages.
    /// </summary>
    public async Task<string> CreatePersonalConversationAsync(
        Uri serviceUrl, ChannelAccount bot, ChannelAccount user, string tenantId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(bot);
        ArgumentNullException.ThrowIfNull(user);
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        var parameters = new ConversationParameters
        {
            IsGroup = false,
            Bot = bot,
            Members = [user],
            TenantId = tenantId,
            ChannelData = TenantChannelData(tenantId),
        };
        var created = await CreateConversationAsync(serviceUrl, parameters, cancellationToken);
        return string.IsNullOrWhiteSpace(created.Id)
            ? throw new ConnectorException(201, null, "The Bot Connector created a conversation but returned no id.")
            : created.Id;
    }
}
