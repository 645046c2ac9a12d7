using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Wijkverbinder.Protocol.Schema;

namespace Wijkverbinder.Protocol.Connector;

public sealed partial class ConnectorClient
{
    private static readonly MediaTypeHeaderValue JsonMediaType = new("application/json") { CharSet = "utf-8" };

    private async Task<ResourceResponse?> SendAsync(
        HttpMethod method, Uri uri, string conversationId, HttpContent content, CancellationToken cancellationToken)
    {
        using var response = await SendRawAsync(method, uri, conversationId, content, cancellationToken);
        return await ReadAsync(response, ProtocolJsonContext.Default.ResourceResponse, cancellationToken);
    }

    private async Task<HttpResponseMessage> SendRawAsync(
        HttpMethod method, Uri uri, string? conversationId, HttpContent? content, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, uri) { Content = content };
        if (conversationId is not null)
        {
            request.Options.Set(ConnectorResiliencePipeline.ConversationId, conversationId);
        }

        var response = await httpClient.SendAsync(request, cancellationToken);
        if (response.IsSuccessStatusCode)
        {
            return response;
        }

        using (response)
        {
            throw await ConnectorErrors.ReadAsync(response, conversationId, cancellationToken);
        }
    }

    private static async Task<T?> ReadAsync<T>(HttpResponseMessage response, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
        where T : class
    {
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        return body.Length == 0 ? null : JsonSerializer.Deserialize(body, typeInfo);
    }

    // Bytes rather than JsonContent: a known length (no chunking), and a retry resends the same bytes.
    private static ByteArrayContent Json<T>(T value, JsonTypeInfo<T> typeInfo)
    {
        var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(value, typeInfo));
        content.Headers.ContentType = JsonMediaType;
        return content;
    }

    private static ByteArrayContent Json(Activity activity) => Json(activity, ProtocolJsonContext.Default.Activity);

    private static JsonElement TenantChannelData(string tenantId) =>
        JsonSerializer.SerializeToElement(
            new TeamsChannelData { Tenant = new TeamsTenantInfo { Id = tenantId } }, ProtocolJsonContext.Default.TeamsChannelData);

    private static Uri ConversationsUri(Uri serviceUrl)
    {
        ArgumentNullException.ThrowIfNull(serviceUrl);
        return new Uri($"{serviceUrl.AbsoluteUri.TrimEnd('/')}/v3/conversations");
    }

    // Teams conversation ids hold ':', '@' and ';' ("19:...@thread.tacv2;messageid=..."): escape them as path data.
    private static Uri ActivitiesUri(Uri serviceUrl, string conversationId) =>
        new($"{ConversationsUri(serviceUrl).AbsoluteUri}/{Uri.EscapeDataString(conversationId)}/activities");

    private static Uri ActivityUri(Uri serviceUrl, string conversationId, string activityId) =>
        new($"{ActivitiesUri(serviceUrl, conversationId).AbsoluteUri}/{Uri.EscapeDataString(activityId)}");
}
