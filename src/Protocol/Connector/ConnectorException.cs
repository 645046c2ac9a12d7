namespace Wijkverbinder.Protocol.Connector;

/// <summary>The connector refused a call: its HTTP status and, when it sent one, its error code.</summary>
public class ConnectorException : Exception
{
    public ConnectorException()
    {
    }

    public ConnectorException(string message)
        : base(message)
    {
    }

    public ConnectorException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ConnectorException(int status, string? errorCode, string message, string? correlationId = null)
        : base(message)
    {
        Status = status;
        ErrorCode = errorCode;
        CorrelationId = correlationId;
    }

    /// <summary>The HTTP status the connector answered with.</summary>
    public int Status { get; }

    /// <summary>The service's error code, such as "ConversationNotFound" or "Throttled"; null when the body had none.</summary>
    public string? ErrorCode { get; }

    /// <summary>The X-Correlating-OperationId header: what Microsoft support asks for.</summary>
    public string? CorrelationId { get; }
}
