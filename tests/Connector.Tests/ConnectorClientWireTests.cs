using System.Text.Json;
using Wijkverbinder.Connector.Tests.Infrastructure;
using Wijkverbinder.Protocol.Connector;
using Wijkverbinder.Protocol.Schema;

namespace Wijkverbinder.Connector.Tests;

public sealed class ConnectorClientWireTests
{
    private const string ChannelThread = "19:abc@thread.tacv2;messageid=42";
    private const string EscapedChannelThread = "19%3Aabc%40thread.tacv2%3Bmessageid%3D42";

    [Fact]
    public async Task Send_posts_the_activity_as_json_to_the_escaped_conversation_with_the_bearer_token()
    {
        await using var host = await ConnectorHost.StartAsync();

        var sent = await host.Client.SendActivityAsync(
            host.Stub.ServiceUrl, ChannelThread, new Activity { Type = ActivityTypes.Message, Text = "Hallo wijk" });

        var request = Assert.Single(host.Stub.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal($"/teams/v3/conversations/{EscapedChannelThread}/activities", request.RawTarget);
        Assert.Equal("Bearer token-1", request.Authorization);
        Assert.StartsWith("application/json", request.ContentType, StringComparison.Ordinal);
        using var body = JsonDocument.Parse(request.Body);
        Assert.Equal("message", body.RootElement.GetProperty("type").GetString());
        Assert.Equal("Hallo wijk", body.RootElement.GetProperty("text").GetString());
        Assert.Equal("activity-1", sent.Id);
        Assert.Equal([BotTokenProvider.Scope], Assert.Single(host.Credential!.Scopes));
    }

    [Fact]
    public async Task Reply_update_and_delete_use_the_documented_methods_and_paths()
    {
        await using var host = await ConnectorHost.StartAsync();
        var url = host.Stub.ServiceUrl;

        await host.Client.ReplyToActivityAsync(url, ChannelThread, "1:a/b", new Activity { Type = ActivityTypes.Message, Text = "re" });
        var updated = await host.Client.UpdateActivityAsync(url, ChannelThread, "1:a/b", new Activity { Type = ActivityTypes.Message, Text = "new" });
        await host.Client.DeleteActivityAsync(url, ChannelThread, "1:a/b");

        var requests = host.Stub.Requests;
        var activityPath = $"/teams/v3/conversations/{EscapedChannelThread}/activities/1%3Aa%2Fb";
        Assert.Equal(
            [("POST", activityPath), ("PUT", activityPath), ("DELETE", activityPath)],
            requests.Select(r => (r.Method, r.RawTarget)).ToArray());
        Assert.Contains("\"text\":\"new\"", requests[1].Body, StringComparison.Ordinal);
        Assert.Equal("", requests[2].Body);
        Assert.Equal("activity-2", updated.Id);
        Assert.All(requests, r => Assert.Equal("Bearer token-1", r.Authorization));
    }

    [Fact]
    public async Task Creating_a_personal_conversation_posts_bot_user_and_tenant_and_returns_the_conversation_id()
    {
        await using var host = await ConnectorHost.StartAsync();

        var conversationId = await host.Client.CreatePersonalConversationAsync(
            host.Stub.ServiceUrl, new ChannelAccount { Id = "28:bot-app-id" }, new ChannelAccount { Id = "29:user" }, "tenant-1");

        var request = Assert.Single(host.Stub.Requests);
        Assert.Equal(("POST", "/teams/v3/conversations"), (request.Method, request.RawTarget));
        using var body = JsonDocument.Parse(request.Body);
        var root = body.RootElement;
        Assert.False(root.GetProperty("isGroup").GetBoolean());
        Assert.Equal("28:bot-app-id", root.GetProperty("bot").GetProperty("id").GetString());
        Assert.Equal("29:user", Assert.Single(root.GetProperty("members").EnumerateArray()).GetProperty("id").GetString());
        Assert.Equal("tenant-1", root.GetProperty("tenantId").GetString());
        Assert.Equal("tenant-1", root.GetProperty("channelData").GetProperty("tenant").GetProperty("id").GetString());
        Assert.Equal("a:created-1", conversationId);
    }

    [Fact]
    public async Task Without_an_app_id_requests_go_without_a_token()
    {
        await using var host = await ConnectorHost.StartAsync(anonymous: true);

        await host.Client.SendActivityAsync(host.Stub.ServiceUrl, "a:1", new Activity { Type = ActivityTypes.Message, Text = "hi" });

        Assert.Null(Assert.Single(host.Stub.Requests).Authorization);
    }

    [Fact]
    public async Task A_refusal_carries_the_status_the_error_code_and_the_correlation_id_and_is_not_retried()
    {
        await using var host = await ConnectorHost.StartAsync();
        host.Stub.Enqueue(StubReply.Error(404, "ConversationNotFound"));

        var error = await Assert.ThrowsAsync<ConnectorException>(() =>
            host.Client.SendActivityAsync(host.Stub.ServiceUrl, "a:gone", new Activity { Type = ActivityTypes.Message }));

        Assert.IsNotType<ConversationBlockedException>(error);
        Assert.Equal(404, error.Status);
        Assert.Equal("ConversationNotFound", error.ErrorCode);
        Assert.Equal("op-1", error.CorrelationId);
        Assert.Single(host.Stub.Requests);
    }
}
