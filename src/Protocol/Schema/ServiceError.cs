namespace Wijkverbinder.Protocol.Schema;

/// <summary>The error inside an <see cref="ErrorResponse"/>; Teams may add a <see cref="SubCode"/>.</summary>
public sealed class ServiceError : ExtensibleObject
{
    public string? Code { get; set; }

    public string? Message { get; set; }

    public string? SubCode { get; set; }
}
