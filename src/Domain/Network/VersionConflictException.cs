namespace Wijkverbinder.Domain.Network;

/// <summary>The record changed after the caller read it; the caller must read it again before changing it.</summary>
public sealed class VersionConflictException : Exception
{
    public VersionConflictException()
    {
    }

    public VersionConflictException(string message)
        : base(message)
    {
    }

    public VersionConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
