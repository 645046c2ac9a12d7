using System.Diagnostics;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Wijkverbinder.Tests.LogScan;

/// <summary>
/// Puts the scan into every host the test assembly builds (WebApplicationFactory, WebApplication, Kestrel stand-ins,
/// the Aspire app host), without each fixture opting in: .NET's hosting announces each host it builds on the
/// "Microsoft.Extensions.Hosting" diagnostic listener ("HostBuilding", the same hook WebApplicationFactory uses), and
/// the hook adds the provider there. Hosts made from a bare service collection call <c>AddLogScan</c> themselves.
/// </summary>
public static class LogScanHostHook
{
    [ModuleInitializer]
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Usage", "CA2255:The 'ModuleInitializer' attribute should not be used in libraries", Justification = "A test assembly: the hook must be in place before the first host is built.")]
    public static void Install()
    {
        DiagnosticListener.AllListeners.Subscribe(new ListenerObserver());
        AppDomain.CurrentDomain.ProcessExit += (_, _) => LogScan.WriteSummary();
    }

    private sealed class ListenerObserver : IObserver<DiagnosticListener>
    {
        public void OnNext(DiagnosticListener value)
        {
            if (value.Name == "Microsoft.Extensions.Hosting")
            {
                value.Subscribe(new HostingObserver());
            }
        }

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }
    }

    private sealed class HostingObserver : IObserver<KeyValuePair<string, object?>>
    {
        public void OnNext(KeyValuePair<string, object?> value)
        {
            if (value is { Key: "HostBuilding", Value: IHostBuilder host })
            {
                host.ConfigureLogging(logging => logging.AddLogScan());
            }
        }

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }
    }
}
