using Azure.Core;
using Azure.Core.Pipeline;

namespace Wijkverbinder.Storage;

/// <summary>
/// Counts every request the storage clients send, retries included (each one is a billed transaction).
/// Tests and benchmarks open a <see cref="StorageRequestTally"/> to count the requests of one operation.
/// </summary>
public sealed class StorageRequestCounter : HttpPipelinePolicy
{
    private static readonly AsyncLocal<StorageRequestTally?> Current = new();
    private long requests;
    private long batches;

    public long Requests => Interlocked.Read(ref requests);

    public long Batches => Interlocked.Read(ref batches);

    /// <summary>Counts the requests made from here on in this async flow, until the tally is disposed.</summary>
    public StorageRequestTally BeginTally()
    {
        var tally = new StorageRequestTally(Current.Value, t => Current.Value = t);
        Current.Value = tally;
        return tally;
    }

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        Count(message);
        ProcessNext(message, pipeline);
    }

    public override ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        Count(message);
        return ProcessNextAsync(message, pipeline);
    }

    private void Count(HttpMessage message)
    {
        var isBatch = message.Request.Uri.Path.EndsWith("/$batch", StringComparison.Ordinal);
        Interlocked.Increment(ref requests);
        if (isBatch)
        {
            Interlocked.Increment(ref batches);
        }

        var tally = Current.Value;
        if (tally is null)
        {
            return;
        }

        var request = new StorageRequest(message.Request.Method.ToString(), message.Request.Uri.Path, message.Request.Uri.Query);
        for (; tally is not null; tally = tally.Outer)
        {
            tally.Add(request);
        }
    }
}
