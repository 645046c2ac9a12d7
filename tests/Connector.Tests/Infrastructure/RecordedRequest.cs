namespace Wijkverbinder.Connector.Tests.Infrastructure;

/// <summary>A request as the stub connector saw it; <see cref="ArrivedAt"/> is a Stopwatch timestamp taken on arrival.</summary>
public sealed record RecordedRequest(
    string Method, string RawTarget, string? Authorization, string? ContentType, string Body, long ArrivedAt, DateTimeOffset ArrivedUtc);
