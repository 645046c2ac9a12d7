using System.Globalization;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Wijkverbinder.Domain.Audit;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.Domain.Programme;
using Wijkverbinder.Domain.Referrals;
using Wijkverbinder.Notifications;
using Wijkverbinder.Tabs.Tests.Fakes;
using Wijkverbinder.Tabs.Tests.Referrals;
using Wijkverbinder.TeamsApp.Problems;
using Wijkverbinder.TeamsApp.Tabs.Admin;
using Wijkverbinder.TeamsApp.Tabs.Api.Admin;

namespace Wijkverbinder.Tabs.Tests.Admin;

/// <summary>The admin page with in-memory stores, a Beheerder in the directory and the audit log the page writes to.</summary>
public abstract class AdminTestContext : TabTestContext
{
    private protected static readonly AreaId W1 = new("GM0202", "W1");

    private protected static readonly DateTimeOffset AuditNow = new(2026, 11, 28, 9, 0, 0, TimeSpan.Zero);

    private protected AdminTestContext()
    {
        Colleagues = new InMemoryColleagueDirectory(Beheerder, ReferralTabTown.Megan, ReferralTabTown.Kees);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("nl");
        Services.AddSingleton<IReferralSlaStore>(Slas);
        Services.AddSingleton<IRoutingRuleStore>(Routing);
        Services.AddSingleton<INetworkStore>(Network);
        Services.AddSingleton(new ProgrammeService(Programmes, Network, new FixedClock(AuditNow)));
        Services.AddSingleton<IColleagueDirectory>(Colleagues);
        Services.AddSingleton<ApiProblems>();
        Services.AddSingleton(Options.Create(new WijkverbinderOptions { MunicipalityCode = "GM0202" }));
        Services.AddSingleton<MunicipalityImporter>();
        Services.AddSingleton<TimeProvider>(new FixedClock(AuditNow));
        Services.AddSingleton<IAuditLog>(Audit);
        Services.AddSingleton(AuditKeyRing.Development);
        Services.AddSingleton<AuditSearch>();
        Services.AddSingleton<AdministratorCheck>();
    }

    private protected InMemoryAuditLog Audit { get; } = new(new FixedClock(AuditNow));

    private protected InMemorySlaStore Slas { get; } = new();

    private protected InMemoryRoutingRuleStore Routing { get; } = new();

    private protected InMemoryProgrammeStore Programmes { get; } = new();

    private protected InMemoryMunicipalityStore Network { get; } = new(ReferralTabTown.Town with
    {
        Areas = [.. ReferralTabTown.Town.Areas, new Area(new AreaId("GM0202", "W2"), "Zuid", ["WK020299"])],
        Districts = [.. ReferralTabTown.Town.Districts, new District("WK020299", "Zuidrand", new AreaId("GM0202", "W2"))],
    });

    private protected Colleague Beheerder { get; } = new()
    {
        Id = new ColleagueId("00000000-0000-0000-0000-0000000000aa"),
        Kind = ColleagueKind.Person,
        Name = "Ingrid Kramer",
        Mail = "beheer@gemeente.example",
        Roles = [AppRole.Administrator],
        Districts = [ReferralTabTown.District],
    };

    private protected InMemoryColleagueDirectory Colleagues { get; }

    private protected static void SubmitFormOf(IRenderedComponent<AdminPage> page, string button) => page.Find(button).Closest("form")!.Submit();

    private protected IRenderedComponent<AdminPage> RenderAsAdministrator() => RenderFor<AdminPage>(ReferralTabTown.UserFor(Beheerder));

    /// <summary>The Beheerder keeps the page open while their role is taken away (a wijkteam member now).</summary>
    private protected Task TakeTheRoleAwayAsync() =>
        Colleagues.SaveAsync("GM0202", Beheerder with { Roles = [AppRole.DistrictTeam] }, CancellationToken.None);
}
