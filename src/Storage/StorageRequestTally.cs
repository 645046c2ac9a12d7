namespace Wijkverbinder.Storage;

/// <summary>The storage requests of one operation. Tallies nest: an outer one counts what inner ones count.</summary>
public sealed class StorageRequestTally : IDisposable
{
    private readonly Action<StorageRequestTally?> restore;
    private int requests;
    private int batches;

    internal StorageRequestTally(StorageRequestTally? outer, Action<StorageRequestTally?> restore)
    {
        Outer = outer;
        this.restore = restore;
    }

    /// <summary>Every request, entity-group transactions included.</summary>
    public int Requests => Volatile.Read(ref requests);

    /// <summary>Entity-group transactions ($batch requests).</summary>
    public int Batches => Volatile.Read(ref batches);

    internal StorageRequestTally? Outer { get; }

    public void Dispose() => restore(Outer);

    internal void Add(bool isBatch)
    {
        Interlocked.Increment(ref requests);
        if (isBatch)
        {
            Interlocked.Increment(ref batches);
        }
    }
}
