using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Options;
using Wijkverbinder.Notifications;
using Wijkverbinder.Notifications.Dispatch;

namespace Wijkverbinder.Functions;

/// <summary>Every minute: a backstop that queues what the TeamsApp's immediate relay left in the outbox.</summary>
public sealed class RelayOutbox(OutboxRelay relay, IOptions<WijkverbinderOptions> options)
{
    public const string Schedule = "0 * * * * *";

    [Function(nameof(RelayOutbox))]
    public async Task RunAsync([TimerTrigger(Schedule)] TimerInfo timer, CancellationToken cancellationToken) =>
        _ = await relay.RelayAsync(options.Value.MunicipalityCode, cancellationToken);
}
