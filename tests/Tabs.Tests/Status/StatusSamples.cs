using Wijkverbinder.Domain.Dashboard;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.Tabs.Tests.Fakes;

namespace Wijkverbinder.Tabs.Tests.Status;

/// <summary>A small snapshot built by the real builder (Arnhem's codes), and fakes for the page's stores.</summary>
internal static class StatusSamples
{
    /// <summary>The day the snapshot is built on: a fixed clock, so what counts as recent or dormant does not move with the run's date.</summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 28, 9, 0, 0, TimeSpan.Zero);

    public static readonly AreaId Area = new("GM0202", "W1");

    public static readonly Municipality Arnhem = new(
        "GM0202",
        "Arnhem",
        [new Area(Area, "Noord", ["WK020201", "WK020202"])],
        [new District("WK020201", "Centrum", Area), new District("WK020202", "Spijkerkwartier", Area)],
        [new Theme("meedoen", "Meedoen"), new Theme("armoede", "Armoede")]);

    public static DashboardSnapshot District()
    {
        var a = Partner("=Buurtcentrum", "meedoen");
        var b = Partner("School", "meedoen", "armoede");
        var c = Partner("Moestuin", "meedoen");
        var alone = Partner("Alleen");
        var ties = new[] { Tie(a, b), Tie(b, c) };
        return new DashboardBuilder(new FixedClock(Now)).Build(
            DashboardScope.ForDistrict("WK020201"), "Centrum", Arnhem, new NetworkView([a, b, c, alone], ties), ["WK020201"], [], new Dictionary<Domain.Colleagues.ColleagueId, string>());
    }

    private static int next;

    private static Partner Partner(string name, params string[] themes) => new()
    {
        Id = new MemberId(Area, Interlocked.Increment(ref next).ToString("x32", System.Globalization.CultureInfo.InvariantCulture)),
        Name = name, Districts = ["WK020201"], Themes = themes, JoinedOn = new DateOnly(2020, 1, 1), PartnerKind = PartnerKind.School,
    };

    private static Tie Tie(Member from, Member to) => new()
    {
        From = from.Id, To = to.Id, Type = TieType.WorksWith, Since = new DateOnly(2020, 1, 1), LastContactOn = DateOnly.FromDateTime(Now.UtcDateTime).AddDays(-3),
    };
}

internal sealed class FakeDashboardStore(params DashboardSnapshot[] snapshots) : IDashboardStore
{
    public List<string> Reads { get; } = [];

    public Task<DashboardSnapshot?> GetAsync(DashboardScope scope, CancellationToken cancellationToken)
    {
        Reads.Add(scope.ToString());
        return Task.FromResult(snapshots.FirstOrDefault(s => s.Scope == scope.ToString()));
    }

    public Task SaveAsync(DashboardScope scope, DashboardSnapshot snapshot, CancellationToken cancellationToken) => Task.CompletedTask;
}
