using Microsoft.Extensions.Options;
using Wijkverbinder.Notifications;
using Wijkverbinder.Notifications.Dispatch;
using Wijkverbinder.Storage.Referrals;

namespace Wijkverbinder.TeamsApp.Jobs;

/// <summary>
/// Relays the outbox right after a save (woken by <see cref="OutboxSignal"/>) and sweeps every 10 s. Runs in every
/// environment: it is what makes a notification leave within a second; the Functions' timer is only a backstop.
/// </summary>
internal sealed partial class OutboxRelayService(
    OutboxRelay relay,
    OutboxSignal signal,
    IOptions<WijkverbinderOptions> options,
    TimeProvider clock,
    ILogger<OutboxRelayService> logger) : BackgroundService
{
    private static readonly TimeSpan Sweep = TimeSpan.FromSeconds(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await relay.RelayAsync(options.Value.MunicipalityCode, stoppingToken);
                await signal.WaitAsync(Sweep, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // Storage may be starting or briefly away; the outbox keeps everything until the next try.
                LogFailed(logger, e.GetType().Name);
                await Task.Delay(Sweep, clock, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox relay failed ({Error}); trying again shortly.")]
    private static partial void LogFailed(ILogger logger, string error);
}
