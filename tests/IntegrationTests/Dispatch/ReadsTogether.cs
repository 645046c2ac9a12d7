using Azure.Core;
using Azure.Core.Pipeline;

namespace Wijkverbinder.IntegrationTests.Dispatch;

/// <summary>
/// Holds every read's answer until <paramref name="readers"/> reads have been answered, so that concurrent attempts
/// all read before any of them writes, however busy the machine: the race the test means, every time.
/// </summary>
internal sealed class ReadsTogether(int readers) : HttpPipelinePolicy
{
    private readonly TaskCompletionSource allRead = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int reads;

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) =>
        throw new NotSupportedException("The delivery log reads asynchronously.");

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        await ProcessNextAsync(message, pipeline);
        if (message.Request.Method == RequestMethod.Get)
        {
            if (Interlocked.Increment(ref reads) == readers)
            {
                allRead.SetResult();
            }

            await allRead.Task.WaitAsync(TimeSpan.FromMinutes(1)); // ends as soon as all have read
        }
    }
}
