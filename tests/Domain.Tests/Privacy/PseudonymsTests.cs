using Wijkverbinder.Domain.Audit;
using Wijkverbinder.Domain.Privacy;

namespace Wijkverbinder.Domain.Tests.Privacy;

public sealed class PseudonymsTests
{
    private static readonly byte[] Key = [.. Enumerable.Range(1, 32).Select(i => (byte)i)];
    private static readonly byte[] OtherKey = [.. Enumerable.Range(2, 32).Select(i => (byte)i)];
    private const string Id = "5f0c6d2e-1b7a-4c4e-9a61-2f7e8d9c0a11";

    [Fact]
    public void APlaceholderIsTheSameOnEveryRunAndDependsOnTheKey()
    {
        Assert.Matches("^verwijderd-[0-9]{8}$", Pseudonyms.Placeholder(Key, Id));
        Assert.Equal(Pseudonyms.Placeholder(Key, Id), Pseudonyms.Placeholder(Key, Id));
        Assert.NotEqual(Pseudonyms.Placeholder(Key, Id), Pseudonyms.Placeholder(OtherKey, Id));
        Assert.NotEqual(Pseudonyms.Placeholder(Key, Id), Pseudonyms.Placeholder(Key, "GM0202.W1.0197c2a1b2c3d4e5f60718293a4b5c6d"));
    }

    [Fact]
    public void AnAuditPseudonymIsAnIdThatDoesNotContainTheId()
    {
        var pseudonym = Pseudonyms.ForAudit(Key, Id);

        Assert.Matches("^p-[0-9a-f]{20}$", pseudonym);
        Assert.True(AuditEntry.IsId(pseudonym));
        Assert.Equal(pseudonym, Pseudonyms.ForAudit(Key, Id.ToUpperInvariant()));
        Assert.NotEqual(pseudonym, Pseudonyms.ForAudit(OtherKey, Id));
    }

    [Fact]
    public void TheAuditLogStoresPeopleAsPseudonymsAndKeepsOtherIds()
    {
        var entry = new AuditEntry("GM0202", "GET /api/members/{memberId}", "member", "GM0202.W1.0197c2a1b2c3d4e5f60718293a4b5c6d", AuditResult.Allowed, AuditOrigin.Api, Id);
        var referral = entry with { ObjectType = "referral", ObjectId = "GM0202.R.0197c2a1b2c3d4e5f60718293a4b5c6d" };
        var job = entry with { ObjectType = "closedReferral", ObjectId = null, Actor = AuditEntry.SystemActor };

        var stored = AuditPseudonyms.Apply(entry, Key);

        Assert.Equal((Pseudonyms.ForAudit(Key, entry.ObjectId!), Pseudonyms.ForAudit(Key, Id)), (stored.ObjectId, stored.Actor));
        Assert.Equal(referral.ObjectId, AuditPseudonyms.Apply(referral, Key).ObjectId);
        Assert.Equal(AuditEntry.SystemActor, AuditPseudonyms.Apply(job, Key).Actor);
        Assert.Equal(stored, AuditPseudonyms.Apply(stored, Key));
    }

    [Fact]
    public void ASearchForAnIdFindsItsPseudonymousRecords()
    {
        var record = AuditChain.Link(AuditPseudonyms.Apply(new AuditEntry("GM0202", "GET /api/tab/me", "me", null, AuditResult.Allowed, AuditOrigin.TabApi, Id), Key), new DateTimeOffset(2026, 11, 28, 9, 0, 0, TimeSpan.Zero), null, AuditKeyRing.Development);
        var query = new AuditQuery(new DateOnly(2026, 11, 28), Actor: Id);

        Assert.False(query.Matches(record));
        Assert.True(AuditPseudonyms.Apply(query, [Key]).Matches(record));
    }

    [Fact]
    public void AfterARotationASearchFindsTheRecordsOfTheKeyBeforeAndOfTheNewOne()
    {
        byte[] before = [.. Key], after = [.. Enumerable.Range(100, 32).Select(i => (byte)i)];
        var at = new DateTimeOffset(2026, 11, 28, 9, 0, 0, TimeSpan.Zero);
        AuditRecord Stored(byte[] key, string objectId) =>
            AuditChain.Link(AuditPseudonyms.Apply(new AuditEntry("GM0202", "tab:consent.set", "consent", objectId, AuditResult.Allowed, AuditOrigin.TabPage, Id), key), at, null, AuditKeyRing.Development);
        var old = Stored(before, "GM0202.M.1");
        var recent = Stored(after, "GM0202.M.1");
        var query = new AuditQuery(new DateOnly(2026, 11, 28), Actor: Id);

        Assert.NotEqual(old.Actor, recent.Actor);
        Assert.True(AuditPseudonyms.Apply(query, [after, before]).Matches(old));
        Assert.True(AuditPseudonyms.Apply(query, [after, before]).Matches(recent));
        Assert.False(AuditPseudonyms.Apply(query, [after]).Matches(old));
    }
}
