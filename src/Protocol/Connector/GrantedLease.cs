using System.Diagnostics.CodeAnalysis;
using System.Threading.RateLimiting;

namespace Wijkverbinder.Protocol.Connector;

/// <summary>A window permit: nothing to give back, time returns it.</summary>
internal sealed class GrantedLease(bool isAcquired) : RateLimitLease
{
    public static readonly GrantedLease Acquired = new(true);
    public static readonly GrantedLease Denied = new(false);

    public override bool IsAcquired { get; } = isAcquired;

    public override IEnumerable<string> MetadataNames => [];

    public override bool TryGetMetadata(string metadataName, [NotNullWhen(true)] out object? metadata)
    {
        metadata = null;
        return false;
    }
}
