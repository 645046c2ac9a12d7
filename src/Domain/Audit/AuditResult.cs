namespace Wijkverbinder.Domain.Audit;

/// <summary>How an audited action ended: done, refused (not allowed for this actor), or failed (an error).</summary>
public enum AuditResult
{
    Allowed,
    Denied,
    Failed,
}
