using Wijkverbinder.Storage.Queues;

namespace Wijkverbinder.Storage.Referrals;

/// <summary>A pending outbox row: the notification or meeting task, and the trace context of the change that wrote it.</summary>
public sealed record OutboxEntry<T>(T Item, QueueTraceContext? Trace);
