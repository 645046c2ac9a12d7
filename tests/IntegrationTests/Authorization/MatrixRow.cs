namespace Wijkverbinder.IntegrationTests.Authorization;

/// <summary>One endpoint ("METHOD /route/{parameter}") or card verb, who may call it, and how to call it.</summary>
public sealed record MatrixRow(string Key, MatrixKind Kind, IReadOnlySet<Persona> Allowed, Func<MatrixTown, Task<MatrixRequest>>? Call, string? Reason = null)
{
    public override string ToString() => Key;
}
