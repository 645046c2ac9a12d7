using System.Collections.Concurrent;
using System.Diagnostics;

namespace Wijkverbinder.Connector.Tests.Infrastructure;

/// <summary>
/// Notes when each request leaves the connector's pipeline: inside it, after the rate limiter's permit, before the
/// network. What the limiter controls, without connection set-up or the stub's scheduling in between.
/// </summary>
public sealed class DepartureRecorder : DelegatingHandler
{
    public ConcurrentQueue<long> Departures { get; } = new();

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Departures.Enqueue(Stopwatch.GetTimestamp());
        return base.SendAsync(request, cancellationToken);
    }
}
