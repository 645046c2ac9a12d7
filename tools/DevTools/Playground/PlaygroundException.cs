using System.Net;

namespace Wijkverbinder.DevTools.Playground;

/// <summary>The Playground answered a request with an error (its body is <c>{error:{code,message}}</c> or <c>{code,message}</c>).</summary>
public sealed class PlaygroundException : Exception
{
    public PlaygroundException()
    {
    }

    public PlaygroundException(string message)
        : base(message)
    {
    }

    public PlaygroundException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public PlaygroundException(HttpStatusCode status, string? errorCode, string message)
        : base($"{(int)status} {errorCode}: {message}")
    {
        Status = status;
        ErrorCode = errorCode;
    }

    public HttpStatusCode Status { get; }

    public string? ErrorCode { get; }
}
