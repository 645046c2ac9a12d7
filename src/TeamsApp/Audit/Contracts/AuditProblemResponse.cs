namespace Wijkverbinder.TeamsApp.Audit.Contracts;

public sealed record AuditProblemResponse(string Kind, long Sequence);
