using Wijkverbinder.Connector.Tests.Infrastructure;
using Wijkverbinder.Protocol.Connector;
using Wijkverbinder.Protocol.Schema;

namespace Wijkverbinder.Connector.Tests;

public sealed class BlockedConversationTests
{
    [Theory]
    [InlineData("MessageWritesBlocked")]
    [InlineData("ConversationBlockedByUser")]
    public async Task A_blocked_conversation_raises_its_own_exception_after_exactly_one_request(string code)
    {
        await using var host = await ConnectorHost.StartAsync();
        host.Stub.Enqueue(StubReply.Error(403, code));

        var error = await Assert.ThrowsAsync<ConversationBlockedException>(() =>
            host.Client.SendActivityAsync(host.Stub.ServiceUrl, "a:blocked", new Activity { Type = ActivityTypes.Message }));

        Assert.Equal(403, error.Status);
        Assert.Equal(code, error.ErrorCode);
        Assert.Equal("a:blocked", error.ConversationId);
        Assert.Single(host.Stub.Requests);
    }

    [Fact]
    public async Task A_blocked_sub_code_under_a_general_code_still_counts_as_blocked()
    {
        await using var host = await ConnectorHost.StartAsync();
        host.Stub.Enqueue(new StubReply(403, """{"error":{"code":"Forbidden","subCode":"MessageWritesBlocked","message":"no"}}"""));

        var error = await Assert.ThrowsAsync<ConversationBlockedException>(() =>
            host.Client.SendActivityAsync(host.Stub.ServiceUrl, "a:blocked", new Activity { Type = ActivityTypes.Message }));

        Assert.Equal("MessageWritesBlocked", error.ErrorCode);
        Assert.Single(host.Stub.Requests);
    }

    [Fact]
    public async Task Another_403_is_a_plain_connector_error()
    {
        await using var host = await ConnectorHost.StartAsync();
        host.Stub.Enqueue(StubReply.Error(403, "NotEnoughPermissions"));

        var error = await Assert.ThrowsAsync<ConnectorException>(() =>
            host.Client.SendActivityAsync(host.Stub.ServiceUrl, "a:1", new Activity { Type = ActivityTypes.Message }));

        Assert.IsNotType<ConversationBlockedException>(error);
        Assert.Equal("NotEnoughPermissions", error.ErrorCode);
        Assert.Single(host.Stub.Requests);
    }
}
