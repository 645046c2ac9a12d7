namespace Wijkverbinder.Domain.Audit;

/// <summary>
/// One link of a day's audit chain: the entry, its place in the chain (<see cref="Sequence"/>, from 1 each day), its
/// time, the hash of the record before it (<see cref="PreviousHash"/>; the day's anchor for the first) and its own
/// hash over all of that. <see cref="Version"/> 2 (written now): the hash is an HMAC-SHA256 with the key
/// <see cref="KeyId"/> (<see cref="AuditChain.MacOf"/>); version 1 (written before keys): a plain SHA-256
/// (<see cref="AuditChain.HashOf"/>), without a key id.
/// </summary>
public sealed record AuditRecord(
    string Municipality,
    DateOnly Day,
    long Sequence,
    DateTimeOffset At,
    string Action,
    string ObjectType,
    string? ObjectId,
    AuditResult Result,
    AuditOrigin Origin,
    string? Actor,
    long? Count,
    string PreviousHash,
    string Hash,
    int Version = AuditChain.UnkeyedVersion,
    string? KeyId = null);
