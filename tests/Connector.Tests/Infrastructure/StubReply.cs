namespace Wijkverbinder.Connector.Tests.Infrastructure;

/// <summary>A scripted answer: status, JSON body, and a Retry-After header value.</summary>
public sealed record StubReply(int Status, string? Body = null, string? RetryAfter = null)
{
    public static StubReply Error(int status, string code, string? retryAfter = null) =>
        new(status, $$$"""{"error":{"code":"{{{code}}}","message":"stub says {{{code}}}"}}""", retryAfter);
}
