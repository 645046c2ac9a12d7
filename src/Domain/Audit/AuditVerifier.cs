namespace Wijkverbinder.Domain.Audit;

/// <summary>
/// Walks a day's chain in sequence order and reports every gap (missing sequence numbers), every altered record (its
/// HMAC does not verify with the key it names, or an unkeyed record where only keyed ones belong) and every broken link
/// (its previous hash is not the hash of the record before it).
/// </summary>
public static class AuditVerifier
{
    public static AuditDayCheck Verify(string municipality, DateOnly day, IEnumerable<AuditRecord> records, AuditKeyRing keys)
    {
        var problems = new List<AuditProblem>();
        var expectedPrevious = AuditChain.AnchorOf(municipality, day);
        var expectedSequence = 1L;
        var count = 0;
        var keyed = false;
        foreach (var record in records.OrderBy(r => r.Sequence))
        {
            count++;
            if (record.Sequence != expectedSequence)
            {
                problems.Add(new(AuditProblemKind.Gap, expectedSequence));
            }

            // An unkeyed record after a keyed one is a downgrade: the keys, once there, stay.
            var downgraded = keyed && record.Version != AuditChain.KeyedVersion;
            keyed |= record.Version == AuditChain.KeyedVersion;
            if (record.Municipality != municipality || record.Day != day || downgraded || !AuditChain.Verifies(record, keys))
            {
                problems.Add(new(AuditProblemKind.Altered, record.Sequence));
            }

            // After a gap the link cannot match; the gap says enough.
            if (record.Sequence == expectedSequence && record.PreviousHash != expectedPrevious)
            {
                problems.Add(new(AuditProblemKind.BrokenLink, record.Sequence));
            }

            expectedPrevious = record.Hash;
            expectedSequence = record.Sequence + 1;
        }

        return new AuditDayCheck(municipality, day, count, expectedSequence - 1, problems);
    }
}
