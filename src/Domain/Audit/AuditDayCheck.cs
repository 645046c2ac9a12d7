namespace Wijkverbinder.Domain.Audit;

/// <summary>The verifier's verdict on one day: how many records it walked and what it found wrong (nothing: intact).</summary>
public sealed record AuditDayCheck(string Municipality, DateOnly Day, int Records, long LastSequence, IReadOnlyList<AuditProblem> Problems)
{
    public bool Intact => Problems.Count == 0;
}
