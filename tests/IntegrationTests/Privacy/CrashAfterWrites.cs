using Azure.Core;
using Azure.Core.Pipeline;

namespace Wijkverbinder.IntegrationTests.Privacy;

/// <summary>
/// Lets <see cref="Limit"/> storage writes through and then fails every request, as a process that dies mid-run: per
/// call, so the client's retry never sees it.
/// </summary>
internal sealed class CrashAfterWrites(int limit) : HttpPipelinePolicy
{
    private int writes;

    public int Limit => limit;

    public int Writes => Volatile.Read(ref writes);

    public bool Crashed { get; private set; }

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        Check(message);
        ProcessNext(message, pipeline);
    }

    public override ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        Check(message);
        return ProcessNextAsync(message, pipeline);
    }

    private void Check(HttpMessage message)
    {
        if (Crashed || (message.Request.Method != RequestMethod.Get && Interlocked.Increment(ref writes) > limit))
        {
            Crashed = true;
            throw new InvalidOperationException("The process died here.");
        }
    }
}
