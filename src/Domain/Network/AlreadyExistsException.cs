namespace Wijkverbinder.Domain.Network;

/// <summary>The record to add exists already (for example the same tie between the same two members).</summary>
public sealed class AlreadyExistsException : Exception
{
    public AlreadyExistsException()
    {
    }

    public AlreadyExistsException(string message)
        : base(message)
    {
    }

    public AlreadyExistsException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
