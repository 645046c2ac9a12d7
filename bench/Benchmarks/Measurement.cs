namespace Wijkverbinder.Benchmarks;

/// <summary>One operation's storage cost: requests, entity-group transactions among them, rows returned and rows the service read.</summary>
internal sealed record Measurement(string Operation, int Size, int Requests, int Batches, int Rows, long Scanned);
