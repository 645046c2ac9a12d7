namespace Wijkverbinder.Domain.Audit;

/// <summary>One problem in a day's chain, at the sequence number where it shows.</summary>
public sealed record AuditProblem(AuditProblemKind Kind, long Sequence);
