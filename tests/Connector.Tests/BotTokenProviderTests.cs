using Microsoft.Extensions.Time.Testing;
using Wijkverbinder.Connector.Tests.Infrastructure;
using Wijkverbinder.Protocol.Connector;
using Wijkverbinder.Protocol.Schema;

namespace Wijkverbinder.Connector.Tests;

public sealed class BotTokenProviderTests
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 28, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task Many_sends_fetch_one_token()
    {
        await using var host = await ConnectorHost.StartAsync();

        await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
            host.Client.SendActivityAsync(host.Stub.ServiceUrl, $"a:{i}", new Activity { Type = ActivityTypes.Message })));

        Assert.Equal(1, host.Credential!.Calls);
        Assert.Equal(20, host.Stub.Requests.Count(r => r.Authorization == "Bearer token-1"));
    }

    [Fact]
    public async Task The_token_is_reused_until_five_minutes_before_it_expires_then_refreshed()
    {
        var credential = new CountingTokenCredential(time) { Lifetime = TimeSpan.FromHours(1) };
        using var tokens = new BotTokenProvider(credential, time);

        Assert.Equal("token-1", await tokens.GetTokenAsync(CancellationToken.None));
        time.Advance(TimeSpan.FromMinutes(54));
        Assert.Equal("token-1", await tokens.GetTokenAsync(CancellationToken.None));
        time.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal("token-2", await tokens.GetTokenAsync(CancellationToken.None));
        Assert.Equal(2, credential.Calls);
    }

    [Fact]
    public async Task Callers_arriving_during_a_fetch_wait_for_it_instead_of_fetching_again()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var credential = new CountingTokenCredential(time) { Gate = release.Task };
        using var tokens = new BotTokenProvider(credential, time);

        var callers = Enumerable.Range(0, 10).Select(_ => tokens.GetTokenAsync(CancellationToken.None).AsTask()).ToArray();
        await Task.Delay(50);
        release.SetResult();

        Assert.All(await Task.WhenAll(callers), token => Assert.Equal("token-1", token));
        Assert.Equal(1, credential.Calls);
    }

    [Fact]
    public async Task Without_a_credential_there_is_no_token()
    {
        using var tokens = new BotTokenProvider(null, time);

        Assert.True(tokens.IsAnonymous);
        Assert.Null(await tokens.GetTokenAsync(CancellationToken.None));
    }
}
