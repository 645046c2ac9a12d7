using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.Domain.Referrals;
using Wijkverbinder.Storage;
using Wijkverbinder.Storage.Colleagues;
using Wijkverbinder.Storage.Network;
using Wijkverbinder.Storage.Referrals;

namespace Wijkverbinder.Benchmarks;

/// <summary>One municipality with a referrer, a receiver and a third colleague per client.</summary>
internal sealed class ReferralWorld
{
    public required Municipality Municipality { get; init; }

    public required ReferralService Service { get; init; }

    public required TableReferralStore Store { get; init; }

    public required OutboxReader Outbox { get; init; }

    public required List<(Colleague Referrer, Colleague Receiver, Colleague Other)> Clients { get; init; }

    public static async Task<ReferralWorld> CreateAsync(AppTables tables, int clients)
    {
        var clock = TimeProvider.System;
        var network = new TableNetworkStore(tables, clock);
        var municipality = new Municipality(
            "GM9100",
            "Verwijsgemeente",
            [new Area(new AreaId("GM9100", "A"), "Gebied A", ["WK910001"])],
            [new District("WK910001", "Wijk Een", new AreaId("GM9100", "A"))],
            [new Theme("armoede", "Armoede")]);
        await network.SaveMunicipalityAsync(municipality, CancellationToken.None);
        var colleagues = new TableColleagueDirectory(tables, clock);
        var list = new List<(Colleague, Colleague, Colleague)>();
        for (var i = 0; i < Math.Max(1, clients); i++)
        {
            var trio = (Person($"Verwijzer {i}"), Person($"Ontvanger {i}"), Person($"Specialist {i}"));
            foreach (var c in new[] { trio.Item1, trio.Item2, trio.Item3 })
            {
                await colleagues.SaveAsync(municipality.Code, c, CancellationToken.None);
            }

            list.Add(trio);
        }

        await colleagues.ListAsync(municipality.Code, CancellationToken.None);
        var store = new TableReferralStore(tables, new OutboxSignal(), clock);
        return new ReferralWorld
        {
            Municipality = municipality,
            Store = store,
            Outbox = new OutboxReader(tables),
            Service = new ReferralService(store, colleagues, new TableRoutingRuleStore(tables, clock), network, ReferralSla.Default, clock),
            Clients = list,
        };
    }

    public ReferralDraft Draft(ColleagueId receiver) => new()
    {
        Subject = SubjectKind.ResidentQuestion,
        Summary = "Hulp bij formulieren",
        Details = "Bewoner wil hulp bij het invullen van formulieren.",
        District = "WK910001",
        Theme = "armoede",
        Receiver = receiver,
    };

    private static Colleague Person(string name) => new()
    {
        Id = ColleagueId.ForPerson(Guid.NewGuid()),
        Kind = ColleagueKind.Person,
        Name = name,
        Mail = "medewerker@gemeente.example",
        Roles = [AppRole.Specialist],
        Districts = ["WK910001"],
    };
}
