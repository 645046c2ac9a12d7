using Azure.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Wijkverbinder.Protocol.Connector;
using Wijkverbinder.Tests.LogScan;

namespace Wijkverbinder.Connector.Tests.Infrastructure;

/// <summary>The connector client as the app gets it from AddBotConnector, talking to a stub connector.</summary>
public sealed class ConnectorHost : IAsyncDisposable
{
    private readonly ServiceProvider services;

    private ConnectorHost(StubConnector stub, ServiceProvider services, CountingTokenCredential? credential)
    {
        Stub = stub;
        this.services = services;
        Credential = credential;
    }

    public StubConnector Stub { get; }

    public CountingTokenCredential? Credential { get; }

    public ConnectorClient Client => services.GetRequiredService<ConnectorClient>();

    public IServiceProvider Services => services;

    /// <summary>
    /// Fast retries (10 ms backoff) unless <paramref name="configure"/> says otherwise; a counting credential unless
    /// anonymous. <paramref name="services"/> runs before the connector is added; <paramref name="afterConnector"/>
    /// after it (for example to add a message handler inside the connector's pipeline).
    /// </summary>
    public static async Task<ConnectorHost> StartAsync(
        Action<ConnectorClientOptions>? configure = null, TimeProvider? timeProvider = null, bool anonymous = false,
        Action<IServiceCollection>? services = null, Action<IServiceCollection>? afterConnector = null)
    {
        var stub = await StubConnector.StartAsync();
        var collection = new ServiceCollection();
        collection.AddLogging(logging => logging.AddLogScan());
        services?.Invoke(collection);
        var time = timeProvider ?? TimeProvider.System;
        collection.AddSingleton(time);
        CountingTokenCredential? credential = null;
        if (!anonymous)
        {
            credential = new CountingTokenCredential(time);
            collection.AddSingleton(new BotTokenProvider(credential, time));
        }

        collection.AddBotConnector(new ConfigurationBuilder().Build(), options =>
        {
            options.RetryDelay = TimeSpan.FromMilliseconds(10);
            configure?.Invoke(options);
        });
        afterConnector?.Invoke(collection);
        return new ConnectorHost(stub, collection.BuildServiceProvider(), credential);
    }

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        await Stub.DisposeAsync();
    }
}
