using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Wijkverbinder.TeamsApp.Security;

namespace Wijkverbinder.IntegrationTests.Security;

/// <summary>
/// SignalR logs every hub message of a tab page's circuit, typed form values included, at Trace. Whatever the
/// configuration asks (Trace for everything, Trace for one provider, Trace for the dispatcher itself), the app logs the
/// circuit's categories from Information only; other categories keep the level asked for.
/// </summary>
public sealed class CircuitLogCapTests
{
    private const string HubDispatcher = "Microsoft.AspNetCore.SignalR.Internal.DefaultHubDispatcher";

    [Fact]
    public void NoRuleTurnsOnTheHubMessageTraceButOtherCategoriesKeepTheirLevel()
    {
        using var collector = new LogCollector();
        var services = new ServiceCollection().AddLogging(logging =>
        {
            logging.SetMinimumLevel(LogLevel.Trace);
            logging.AddProvider(collector);
            logging.AddFilter<LogCollector>(null, LogLevel.Trace);
            logging.AddFilter(HubDispatcher, LogLevel.Trace);
            logging.AddFilter<LogCollector>("Microsoft.AspNetCore.Components.Server.Circuits", LogLevel.Debug);
        });
        services.CapCircuitLogging();
        using var provider = services.BuildServiceProvider();
        var factory = provider.GetRequiredService<ILoggerFactory>();

        factory.CreateLogger(HubDispatcher).LogTrace("Received hub invocation: {Value}", "typed@arnhem.example");
        factory.CreateLogger("Microsoft.AspNetCore.Components.Server.Circuits.RemoteRenderer").LogDebug("Typed {Value}", "typed@arnhem.example");
        factory.CreateLogger("Microsoft.AspNetCore.Http.Connections.Internal.Transports").LogTrace("Message {Value}", "typed@arnhem.example");
        factory.CreateLogger(HubDispatcher).LogInformation("Hub started");
        factory.CreateLogger("Wijkverbinder.Referrals").LogTrace("Referral trace");

        Assert.Equal(2, collector.Lines.Count);
        Assert.Contains(collector.Lines, l => l.Contains("Hub started", StringComparison.Ordinal));
        Assert.Contains(collector.Lines, l => l.Contains("Referral trace", StringComparison.Ordinal));
    }
}
