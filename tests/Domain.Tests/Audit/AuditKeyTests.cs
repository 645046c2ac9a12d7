using Wijkverbinder.Domain.Audit;

namespace Wijkverbinder.Domain.Tests.Audit;

/// <summary>The keyed chain: what someone with write access to the table but without the key can and cannot do.</summary>
public sealed class AuditKeyTests
{
    private static readonly DateOnly Day = new(2026, 11, 28);
    private static readonly DateTimeOffset Morning = new(2026, 11, 28, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void ARecordIsSealedWithTheCurrentKeyAndNamesIt()
    {
        var record = Chain(1, AuditKeys.Current, Morning)[0];

        Assert.Equal((AuditChain.KeyedVersion, "k2"), (record.Version, record.KeyId));
        Assert.Equal(AuditChain.MacOf(record, AuditKeys.CurrentKey), record.Hash);
        Assert.NotEqual(AuditChain.HashOf(record), record.Hash);
    }

    [Fact]
    public void AnAlteredRecordIsFoundEvenWhenThePlainSha256ChainIsRecomputed()
    {
        var chain = Chain(4, AuditKeys.Current, Morning);
        Rewrite(chain, 1, r => r with { Actor = "00000000-0000-0000-0000-000000000099" }, AuditChain.HashOf);

        var check = AuditVerifier.Verify("GM0202", Day, chain, AuditKeys.Current);

        Assert.Equal([2L, 3L, 4L], check.Problems.Where(p => p.Kind == AuditProblemKind.Altered).Select(p => p.Sequence));
        Assert.DoesNotContain(check.Problems, p => p.Kind == AuditProblemKind.BrokenLink);
    }

    [Fact]
    public void AKeyedDayRewrittenAsUnkeyedRecordsDoesNotVerify()
    {
        var chain = Chain(3, AuditKeys.Current, Morning);
        Rewrite(chain, 0, r => r with { Version = AuditChain.UnkeyedVersion, KeyId = null, Action = "GET /api/tab/me" }, AuditChain.HashOf);

        var check = AuditVerifier.Verify("GM0202", Day, chain, AuditKeys.Current);

        Assert.Equal([1L, 2L, 3L], check.Problems.Select(p => p.Sequence));
        Assert.All(check.Problems, p => Assert.Equal(AuditProblemKind.Altered, p.Kind));
    }

    [Fact]
    public void AfterRotationOldDaysVerifyWithTheirKeyAndNewRecordsUseTheNewOne()
    {
        var before = Chain(2, AuditKeys.Retired, Morning);
        var after = Chain(2, AuditKeys.Current, Morning.AddDays(1));

        Assert.True(AuditVerifier.Verify("GM0202", Day, before, AuditKeys.Current).Intact);
        Assert.True(AuditVerifier.Verify("GM0202", Day.AddDays(1), after, AuditKeys.Current).Intact);
        Assert.Equal(("k1", "k2"), (before[0].KeyId, after[0].KeyId));
    }

    [Fact]
    public void ARecordWhoseKeyIsNoLongerConfiguredIsReported()
    {
        var withoutK1 = new AuditKeyRing("k2", new Dictionary<string, byte[]> { ["k2"] = AuditKeys.CurrentKey }, AuditKeys.KeyedFrom);

        var check = AuditVerifier.Verify("GM0202", Day, Chain(1, AuditKeys.Retired, Morning), withoutK1);

        Assert.Equal([new AuditProblem(AuditProblemKind.Altered, 1)], check.Problems);
    }

    [Fact]
    public void UnkeyedRecordsFromBeforeTheKeysStillVerifyAndTheirChangesAreFound()
    {
        var oldDay = new DateOnly(2026, 10, 30);
        var chain = UnkeyedChain(3, new DateTimeOffset(2026, 10, 30, 9, 0, 0, TimeSpan.Zero));

        Assert.True(AuditVerifier.Verify("GM0202", oldDay, chain, AuditKeys.Current).Intact);
        chain[1] = chain[1] with { Result = AuditResult.Allowed };
        Assert.Equal([new AuditProblem(AuditProblemKind.Altered, 2)], AuditVerifier.Verify("GM0202", oldDay, chain, AuditKeys.Current).Problems);
    }

    [Fact]
    public void UnkeyedRecordsDoNotVerifyFromTheKeyedDayOnOrWithoutAKeyedFromDay()
    {
        var keyedDay = UnkeyedChain(1, new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero));
        var oldDay = UnkeyedChain(1, new DateTimeOffset(2026, 10, 30, 9, 0, 0, TimeSpan.Zero));
        var noKeyedFrom = new AuditKeyRing("k2", new Dictionary<string, byte[]> { ["k2"] = AuditKeys.CurrentKey }, keyedFrom: null);

        Assert.False(AuditVerifier.Verify("GM0202", AuditKeys.KeyedFrom, keyedDay, AuditKeys.Current).Intact);
        Assert.False(AuditVerifier.Verify("GM0202", new DateOnly(2026, 10, 30), oldDay, noKeyedFrom).Intact);
    }

    [Fact]
    public void AnUnkeyedRecordAfterAKeyedOneInTheSameDayIsADowngrade()
    {
        var oldDay = new DateOnly(2026, 10, 30);
        var at = new DateTimeOffset(2026, 10, 30, 9, 0, 0, TimeSpan.Zero);
        var chain = Chain(1, AuditKeys.Current, at);
        var unkeyed = AuditChain.Link(Entry(), at.AddSeconds(1), chain[0], AuditKeys.Current) with { Version = AuditChain.UnkeyedVersion, KeyId = null };
        chain.Add(unkeyed with { Hash = AuditChain.HashOf(unkeyed) });

        Assert.Equal([new AuditProblem(AuditProblemKind.Altered, 2)], AuditVerifier.Verify("GM0202", oldDay, chain, AuditKeys.Current).Problems);
    }

    [Theory]
    [InlineData("k1:AAEC", "k1")]
    [InlineData("k1 AQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGRobHB0eHyA=", "k1")]
    [InlineData("k1:AQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGRobHB0eHyA=", "k2")]
    [InlineData("k1:not base64!", "k1")]
    public void KeysThatAreTooShortMalformedOrMissingTheCurrentOneAreRefused(string keys, string keyId) =>
        Assert.ThrowsAny<Exception>(() => AuditKeyRing.From(new AuditOptions { Keys = keys, KeyId = keyId }));

    [Fact]
    public void ConfiguredKeysAreRead()
    {
        var ring = AuditKeyRing.From(new AuditOptions
        {
            Keys = "k1:" + Convert.ToBase64String(AuditKeys.RetiredKey) + "; k2:" + Convert.ToBase64String(AuditKeys.CurrentKey),
            KeyId = "k2",
            KeyedFrom = "2026-11-01",
        });
        var sealedWithK1 = Chain(1, AuditKeys.Retired, Morning);

        Assert.Equal(("k2", (DateOnly?)AuditKeys.KeyedFrom), (ring.CurrentKeyId, ring.KeyedFrom));
        Assert.True(AuditVerifier.Verify("GM0202", Day, sealedWithK1, ring).Intact);
        Assert.Same(AuditKeyRing.Development, AuditKeyRing.From(new AuditOptions()));
    }

    /// <summary>Changes record <paramref name="from"/> and recomputes every hash and link after it with <paramref name="hash"/>.</summary>
    private static void Rewrite(List<AuditRecord> chain, int from, Func<AuditRecord, AuditRecord> change, Func<AuditRecord, string> hash)
    {
        for (var i = from; i < chain.Count; i++)
        {
            var record = (i == from ? change(chain[i]) : chain[i]) with { PreviousHash = i == 0 ? chain[i].PreviousHash : chain[i - 1].Hash };
            chain[i] = record with { Hash = hash(record) };
        }
    }

    private static List<AuditRecord> UnkeyedChain(int length, DateTimeOffset start)
    {
        var chain = new List<AuditRecord>();
        for (var i = 0; i < length; i++)
        {
            var record = AuditChain.Link(Entry(), start.AddSeconds(i), chain.LastOrDefault(), AuditKeys.Current) with { Version = AuditChain.UnkeyedVersion, KeyId = null };
            chain.Add(record with { Hash = AuditChain.HashOf(record) });
        }

        return chain;
    }

    private static List<AuditRecord> Chain(int length, AuditKeyRing keys, DateTimeOffset start)
    {
        var chain = new List<AuditRecord>();
        for (var i = 0; i < length; i++)
        {
            chain.Add(AuditChain.Link(Entry(), start.AddSeconds(i), chain.LastOrDefault(), keys));
        }

        return chain;
    }

    private static AuditEntry Entry() =>
        new("GM0202", "card:referral.accept", "referral", "GM0202.R.0193a1b2c3d4e5f60718293a4b5c6d7e", AuditResult.Denied, AuditOrigin.BotCard, "00000000-0000-0000-0000-000000000020");
}
