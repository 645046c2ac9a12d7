using System.Globalization;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Wijkverbinder.Domain.Audit;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Tabs.Tests.Fakes;
using Wijkverbinder.TeamsApp.Tabs.Admin;
using Wijkverbinder.TeamsApp.Tabs.Identity;

namespace Wijkverbinder.Tabs.Tests.Admin;

public sealed class AuditSectionTests : TabTestContext
{
    private const string Ann = "00000000-0000-0000-0000-000000000021";
    private const string Otto = "00000000-0000-0000-0000-000000000022";
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 9, 0, 0, TimeSpan.Zero);

    private readonly InMemoryAuditLog log = new(new FixedClock(Now));
    private readonly TabUser beheerder = User("Ingrid", [AppRole.Administrator]);

    public AuditSectionTests()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("nl");
        Services.AddSingleton<TimeProvider>(new FixedClock(Now));
        Services.AddSingleton<IAuditLog>(log);
        Services.AddSingleton(AuditKeyRing.Development);
        Services.AddSingleton<AuditSearch>();
    }

    [Fact]
    public async Task TodaysRecordsShowNewestFirstWithAnIntactChainAndTheSearchIsItselfRecorded()
    {
        await AppendAsync(Ann, AuditResult.Allowed);
        await AppendAsync(Otto, AuditResult.Denied);

        var section = RenderFor<AuditSection>(beheerder, p => p.Add(s => s.User, beheerder));

        section.WaitForElement("#audit-records");
        Assert.Contains("intact: 2 records", section.Find("#audit-integrity").TextContent, StringComparison.Ordinal);
        var rows = section.FindAll("#audit-records tbody tr");
        Assert.Equal(2, rows.Count);
        Assert.Contains(Otto, rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("geweigerd", rows[0].TextContent, StringComparison.Ordinal);
        var search = log.Records[^1];
        Assert.Equal(("tab:audit.search", AuditOrigin.TabPage, beheerder.Id.Value), (search.Action, search.Origin, search.Actor));
    }

    [Fact]
    public async Task SearchingAnActorShowsOnlyTheirRecords()
    {
        await AppendAsync(Ann, AuditResult.Allowed);
        await AppendAsync(Otto, AuditResult.Denied);
        var section = RenderFor<AuditSection>(beheerder, p => p.Add(s => s.User, beheerder));
        section.WaitForElement("#audit-records");

        section.Change("#audit-actor", Ann);
        section.Find("#audit-search").Closest("form")!.Submit();

        section.WaitForAssertion(() => Assert.Single(section.FindAll("#audit-records tbody tr")));
        Assert.Contains(Ann, section.Find("#audit-records tbody tr").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAlteredRecordTurnsTheIntegrityStatusIntoAnAlert()
    {
        await AppendAsync(Ann, AuditResult.Allowed);
        await AppendAsync(Otto, AuditResult.Denied);
        log.Records[0] = log.Records[0] with { Result = AuditResult.Denied };

        var section = RenderFor<AuditSection>(beheerder, p => p.Add(s => s.User, beheerder));

        section.WaitForElement("#audit-integrity");
        var status = section.Find("#audit-integrity");
        Assert.DoesNotContain("intact:", status.TextContent, StringComparison.Ordinal);
        Assert.Contains("gewijzigd record, volgnummer 1", status.TextContent, StringComparison.Ordinal);
    }

    private Task AppendAsync(string actor, AuditResult result) =>
        log.AppendAsync(new AuditEntry("GM0202", "POST /api/tab/referrals/{id}/accept", "referral", "GM0202.R.0193a1b2c3d4e5f60718293a4b5c6d7e", result, AuditOrigin.TabApi, actor), CancellationToken.None);
}
