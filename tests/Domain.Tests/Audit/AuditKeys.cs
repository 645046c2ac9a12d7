using Wijkverbinder.Domain.Audit;

namespace Wijkverbinder.Domain.Tests.Audit;

/// <summary>Test keys: k1 retired, k2 current; unkeyed records belong to days before 2026-11-01.</summary>
internal static class AuditKeys
{
    public static readonly byte[] RetiredKey = [.. Enumerable.Range(1, 32).Select(i => (byte)i)];
    public static readonly byte[] CurrentKey = [.. Enumerable.Range(101, 32).Select(i => (byte)i)];
    public static readonly DateOnly KeyedFrom = new(2026, 11, 1);

    public static AuditKeyRing Retired { get; } = new("k1", new Dictionary<string, byte[]> { ["k1"] = RetiredKey }, KeyedFrom);

    public static AuditKeyRing Current { get; } = new("k2", new Dictionary<string, byte[]> { ["k1"] = RetiredKey, ["k2"] = CurrentKey }, KeyedFrom);
}
