using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace Wijkverbinder.Tests.LogScan;

public static class LogScanLogging
{
    /// <summary>
    /// Adds the scan at Trace level, whatever the host's own filters say: a rule for this provider wins over the general
    /// ones and the minimum level, so the other providers keep their levels.
    /// </summary>
    public static ILoggingBuilder AddLogScan(this ILoggingBuilder logging)
    {
        ArgumentNullException.ThrowIfNull(logging);
        logging.Services.TryAddEnumerable(ServiceDescriptor.Singleton<ILoggerProvider, LogScanProvider>());
        logging.AddFilter<LogScanProvider>(null, LogLevel.Trace);
        return logging;
    }
}
