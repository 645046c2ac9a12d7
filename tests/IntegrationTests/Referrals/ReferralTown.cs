using Azure.Data.Tables;
using Microsoft.Extensions.Time.Testing;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Referrals;
using Wijkverbinder.IntegrationTests.Infrastructure;
using Wijkverbinder.Storage.Colleagues;
using Wijkverbinder.Storage.Referrals;

namespace Wijkverbinder.IntegrationTests.Referrals;

/// <summary>
/// A municipality of the test's own with the referral stores on Azurite and a clock of its own (tests that move time
/// do not move it for others): a referrer in a wijkteam, a sociaal wijkteam with two members, a specialist, a
/// district manager and an outsider.
/// </summary>
public sealed class ReferralTown
{
    private ReferralTown(AzuriteFixture azurite, TestTown town)
    {
        Azurite = azurite;
        Town = town;
        Store = new TableReferralStore(azurite.Tables, Signal, Clock);
        Colleagues = new TableColleagueDirectory(azurite.Tables, Clock);
        Routing = new TableRoutingRuleStore(azurite.Tables, Clock);
        Outbox = new OutboxReader(azurite.Tables);
        Service = new ReferralService(Store, Colleagues, Routing, azurite.Store, ReferralSla.Default, Clock);
    }

    public AzuriteFixture Azurite { get; }

    public TestTown Town { get; }

    public string Code => Town.Code;

    public FakeTimeProvider Clock { get; } = new(AzuriteFixture.Now);

    public OutboxSignal Signal { get; } = new();

    public TableReferralStore Store { get; }

    public TableColleagueDirectory Colleagues { get; }

    public TableRoutingRuleStore Routing { get; }

    public OutboxReader Outbox { get; }

    public ReferralService Service { get; }

    public static ColleagueId WijkteamId { get; } = new("team-wijkteam");

    public static ColleagueId SocialTeamId { get; } = new("team-sociaal-wijkteam");

    public Colleague Referrer { get; private set; } = null!;

    public Colleague Wijkteam { get; private set; } = null!;

    public Colleague SocialTeam { get; private set; } = null!;

    public Colleague Ann { get; private set; } = null!;

    public Colleague Bob { get; private set; } = null!;

    public Colleague Specialist { get; private set; } = null!;

    public Colleague Manager { get; private set; } = null!;

    public Colleague Outsider { get; private set; } = null!;

    public static async Task<ReferralTown> CreateAsync(AzuriteFixture azurite)
    {
        var town = new ReferralTown(azurite, await azurite.NewMunicipalityAsync());
        await town.SeedAsync();
        return town;
    }

    /// <summary>A valid resident question for the sociaal wijkteam in district 1.</summary>
    public ReferralDraft Draft(string summary = "Hulp bij formulieren") => new()
    {
        Subject = SubjectKind.ResidentQuestion,
        Summary = summary,
        Details = "Bewoner wil hulp bij het invullen van formulieren.",
        District = Town.District1,
        Theme = "armoede",
        Receiver = SocialTeamId,
        ReferrerTeam = WijkteamId,
    };

    public async Task<Referral> CreateAsync(ReferralDraft? draft = null)
    {
        var result = await Service.CreateAsync(Town.Municipality, draft ?? Draft(), Referrer.Id, CancellationToken.None);
        Assert.True(result.IsValid, string.Join(", ", result.Errors.Select(e => $"{e.Field}:{e.Code}")));
        return result.Value!;
    }

    public async Task<ReferralRecord> GetAsync(ReferralId id) => (await Store.GetAsync(id, CancellationToken.None))!;

    /// <summary>The rows of one kind ("event", "outbox", "index", "referral") in this municipality's partition.</summary>
    public async Task<IReadOnlyList<TableEntity>> RowsAsync(string kind)
    {
        var rows = new List<TableEntity>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Code} and Kind eq {kind}");
        await foreach (var row in Azurite.Tables.Referrals.QueryAsync<TableEntity>(filter))
        {
            rows.Add(row);
        }

        return rows;
    }

    private static Colleague Person(string name, AppRole role, IReadOnlyList<string> districts, params ColleagueId[] teams) => new()
    {
        Id = ColleagueId.ForPerson(Guid.NewGuid()),
        Kind = ColleagueKind.Person,
        Name = name,
        Mail = $"{name.ToLowerInvariant()}@gemeente.example",
        Roles = [role],
        Districts = districts,
        Teams = teams,
    };

    private static Colleague Team(ColleagueId id, string name, AppRole role, IReadOnlyList<string> districts) => new()
    {
        Id = id,
        Kind = ColleagueKind.Team,
        Name = name,
        Mail = $"{id.Value}@gemeente.example",
        Roles = [role],
        Districts = districts,
    };

    private async Task SeedAsync()
    {
        string[] districts = [Town.District1];
        Wijkteam = Team(WijkteamId, "Wijkteam Eén", AppRole.DistrictTeam, districts);
        SocialTeam = Team(SocialTeamId, "Sociaal wijkteam", AppRole.SocialDistrictTeam, districts);
        Referrer = Person("Ruud", AppRole.DistrictTeam, districts, WijkteamId);
        Ann = Person("Ann", AppRole.SocialDistrictTeam, districts, SocialTeamId);
        Bob = Person("Bob", AppRole.SocialDistrictTeam, districts, SocialTeamId);
        Specialist = Person("Sanne", AppRole.Specialist, districts);
        Manager = Person("Mila", AppRole.DistrictManager, districts);
        Outsider = Person("Otto", AppRole.Specialist, [Town.District3]);
        foreach (var colleague in new[] { Wijkteam, SocialTeam, Referrer, Ann, Bob, Specialist, Manager, Outsider })
        {
            await Colleagues.SaveAsync(Code, colleague, CancellationToken.None);
        }
    }
}
