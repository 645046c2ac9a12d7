using System.Collections.Concurrent;

namespace Wijkverbinder.Storage;

/// <summary>The storage requests of one operation. Tallies nest: an outer one counts what inner ones count.</summary>
public sealed class StorageRequestTally : IDisposable
{
    private readonly Action<StorageRequestTally?> restore;
    private readonly ConcurrentQueue<StorageRequest> requests = new();

    internal StorageRequestTally(StorageRequestTally? outer, Action<StorageRequestTally?> restore)
    {
        Outer = outer;
        this.restore = restore;
    }

    /// <summary>Every request, entity-group transactions included.</summary>
    public int Count => requests.Count;

    /// <summary>Entity-group transactions ($batch requests).</summary>
    public int Batches => requests.Count(r => r.IsBatch);

    public IReadOnlyList<StorageRequest> Requests => requests.ToArray();

    internal StorageRequestTally? Outer { get; }

    public void Dispose() => restore(Outer);

    internal void Add(StorageRequest request) => requests.Enqueue(request);
}
