using Wijkverbinder.Domain.Audit;

namespace Wijkverbinder.Domain.Tests.Audit;

public sealed class AuditChainTests
{
    private static readonly DateOnly Day = new(2026, 11, 28);
    private static readonly DateTimeOffset Morning = new(2026, 11, 28, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void AnUntouchedChainVerifies()
    {
        var check = AuditVerifier.Verify("GM0202", Day, Chain(5), AuditKeys.Current);

        Assert.True(check.Intact);
        Assert.Equal((5, 5L), (check.Records, check.LastSequence));
    }

    [Fact]
    public void TheFirstRecordLinksToTheDaysOwnAnchorNotToAnotherDay()
    {
        var first = Chain(1)[0];

        Assert.Equal(AuditChain.AnchorOf("GM0202", Day), first.PreviousHash);
        Assert.NotEqual(AuditChain.AnchorOf("GM0202", Day.AddDays(-1)), first.PreviousHash);
        Assert.NotEqual(AuditChain.AnchorOf("GM0203", Day), first.PreviousHash);
    }

    [Fact]
    public void AChangedFieldIsReportedAsAltered()
    {
        var chain = Chain(4);
        chain[2] = chain[2] with { Result = AuditResult.Allowed, Actor = "00000000-0000-0000-0000-000000000099" };

        var check = AuditVerifier.Verify("GM0202", Day, chain, AuditKeys.Current);

        Assert.Equal([new AuditProblem(AuditProblemKind.Altered, 3)], check.Problems);
    }

    [Fact]
    public void ARecordRehashedAfterAChangeBreaksTheNextLink()
    {
        var chain = Chain(4);
        var forged = chain[1] with { Action = "GET /api/tab/me" };
        chain[1] = forged with { Hash = AuditChain.MacOf(forged, AuditKeys.CurrentKey) };

        var check = AuditVerifier.Verify("GM0202", Day, chain, AuditKeys.Current);

        Assert.Equal([new AuditProblem(AuditProblemKind.BrokenLink, 3)], check.Problems);
    }

    [Fact]
    public void AMissingRecordIsAGap()
    {
        var chain = Chain(5);
        chain.RemoveAt(1);

        var check = AuditVerifier.Verify("GM0202", Day, chain, AuditKeys.Current);

        Assert.Equal([new AuditProblem(AuditProblemKind.Gap, 2)], check.Problems);
    }

    [Fact]
    public void ARecordMovedToAnotherDayDoesNotVerifyThere()
    {
        var check = AuditVerifier.Verify("GM0202", Day.AddDays(1), Chain(1).Select(r => r with { Day = Day.AddDays(1) }), AuditKeys.Current);

        Assert.Contains(check.Problems, p => p.Kind == AuditProblemKind.Altered);
        Assert.Contains(check.Problems, p => p.Kind == AuditProblemKind.BrokenLink);
    }

    [Fact]
    public void TheHashCoversEveryFieldAndIgnoresTimeBelowAMillisecond()
    {
        var record = Chain(1)[0];
        var variants = new[]
        {
            record with { Sequence = 2 }, record with { At = record.At.AddMilliseconds(1) }, record with { Action = "x" },
            record with { ObjectType = "x" }, record with { ObjectId = "x" }, record with { Result = AuditResult.Failed },
            record with { Origin = AuditOrigin.Job }, record with { Actor = null }, record with { Count = 1 },
            record with { PreviousHash = new string('0', 64) }, record with { Municipality = "GM0203" },
        };

        Assert.All(variants, v => Assert.NotEqual(record.Hash, AuditChain.MacOf(v, AuditKeys.CurrentKey)));
        Assert.NotEqual(record.Hash, AuditChain.MacOf(record with { KeyId = "k0" }, AuditKeys.CurrentKey));
        Assert.Equal(64, record.Hash.Length);
        Assert.Equal(record.At, AuditChain.Link(Entry(), Morning.AddTicks(9_999), null, AuditKeys.Current).At);
    }

    [Theory]
    [InlineData("vera.bos@example.org")]
    [InlineData("Vera Bos")]
    [InlineData("hulp bij de energietoeslag")]
    public void ValuesThatAreNotIdsNeverReachTheRecord(string text)
    {
        var normalized = (Entry() with { ObjectId = text, Actor = text }).Normalized();

        Assert.Equal((AuditEntry.Unreadable, AuditEntry.Unreadable), (normalized.ObjectId, normalized.Actor));
    }

    [Fact]
    public void IdsAndRoutePatternsPassUnchanged()
    {
        var entry = Entry() with { Action = "POST /api/tab/referrals/{id}/accept", ObjectId = "GM0202.R.0193a1b2c3d4e5f60718293a4b5c6d7e" };

        Assert.Equal(entry, entry.Normalized());
    }

    private static AuditEntry Entry() =>
        new("GM0202", "card:referral.accept", "referral", "GM0202.R.0193a1b2c3d4e5f60718293a4b5c6d7e", AuditResult.Denied, AuditOrigin.BotCard, "00000000-0000-0000-0000-000000000020");

    private static List<AuditRecord> Chain(int length)
    {
        var chain = new List<AuditRecord>();
        for (var i = 0; i < length; i++)
        {
            chain.Add(AuditChain.Link(Entry(), Morning.AddSeconds(i), chain.LastOrDefault(), AuditKeys.Current));
        }

        return chain;
    }
}
