using Aspire.Hosting;
using Aspire.Hosting.Testing;

namespace Wijkverbinder.AppHost.Tests;

/// <summary>The whole app, started once for the tests of a class, as the README's run command starts it.</summary>
public sealed class RunningApp : IAsyncLifetime
{
    public static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(4);

    private DistributedApplication? app;

    public DistributedApplication App => app ?? throw new InvalidOperationException("The app has not started.");

    public async Task InitializeAsync()
    {
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.Wijkverbinder_AppHost>();
        app = await builder.BuildAsync();
        await app.StartAsync().WaitAsync(StartTimeout);
    }

    public async Task DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
        }
    }
}
