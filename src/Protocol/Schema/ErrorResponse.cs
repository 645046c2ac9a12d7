namespace Wijkverbinder.Protocol.Schema;

/// <summary>The body of a connector error (4xx or 5xx): <c>{"error":{"code","message"}}</c>.</summary>
public sealed class ErrorResponse : ExtensibleObject
{
    public ServiceError? Error { get; set; }
}
