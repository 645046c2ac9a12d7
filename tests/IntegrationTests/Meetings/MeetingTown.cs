using Azure.Data.Tables;
using Microsoft.Extensions.Time.Testing;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Meetings;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.IntegrationTests.Infrastructure;
using Wijkverbinder.Storage.Colleagues;
using Wijkverbinder.Storage.Dashboard;
using Wijkverbinder.Storage.Meetings;
using Wijkverbinder.Storage.Referrals;

namespace Wijkverbinder.IntegrationTests.Meetings;

/// <summary>
/// A municipality of the test's own with the meeting stores on Azurite and a clock of its own: a wijkmanager who
/// organises, two colleagues, an outsider, and two members of the network in area A (an initiative and a partner).
/// </summary>
public sealed class MeetingTown
{
    private MeetingTown(AzuriteFixture azurite, TestTown town)
    {
        Azurite = azurite;
        Town = town;
        Store = new TableMeetingStore(azurite.Tables, Signal, Dashboards);
        Feedback = new TableMeetingFeedbackStore(azurite.Tables, Dashboards);
        Colleagues = new TableColleagueDirectory(azurite.Tables, Clock);
        Service = new MeetingService(Store, Feedback, Colleagues, azurite.Store, Clock);
    }

    public AzuriteFixture Azurite { get; }

    public TestTown Town { get; }

    public string Code => Town.Code;

    public FakeTimeProvider Clock { get; } = new(AzuriteFixture.Now);

    public OutboxSignal Signal { get; } = new();

    /// <summary>The marks the meeting stores leave for the dashboard rebuild.</summary>
    public DashboardSignal Dashboards { get; } = new();

    public TableMeetingStore Store { get; }

    public TableMeetingFeedbackStore Feedback { get; }

    public TableColleagueDirectory Colleagues { get; }

    public MeetingService Service { get; }

    public Colleague Manager { get; private set; } = null!;

    public Colleague Ann { get; private set; } = null!;

    public Colleague Bob { get; private set; } = null!;

    public Colleague Outsider { get; private set; } = null!;

    public Member Garden { get; private set; } = null!;

    public Member Centre { get; private set; } = null!;

    /// <summary>A person in the network with a mail address (vera.bos@example.org).</summary>
    public Member Vera { get; private set; } = null!;

    /// <summary>Tomorrow at 19:00 Dutch winter time.</summary>
    public DateTimeOffset Tomorrow => new DateTimeOffset(AzuriteFixture.Now.Date.AddDays(1).AddHours(19), TimeSpan.FromHours(1));

    public static async Task<MeetingTown> CreateAsync(AzuriteFixture azurite)
    {
        var town = new MeetingTown(azurite, await azurite.NewMunicipalityAsync());
        await town.SeedAsync();
        return town;
    }

    /// <summary>A theme meeting in district 1 tomorrow evening with Ann, Bob and both members.</summary>
    public MeetingDraft Draft(string title = "Themabijeenkomst meedoen") => new()
    {
        Kind = MeetingKind.ThemeMeeting,
        Title = title,
        Scope = Town.District1,
        Themes = ["meedoen"],
        Start = Tomorrow,
        End = Tomorrow.AddHours(2),
        Location = "Buurthuis De Kroon",
        Online = true,
        Agenda = "1. Opening\n2. Wat loopt er <goed>?",
        Invitees = [InviteeRef.For(Ann.Id), InviteeRef.For(Bob.Id), InviteeRef.For(Garden.Id), InviteeRef.For(Centre.Id)],
    };

    public async Task<Meeting> PlanAsync(MeetingDraft? draft = null)
    {
        var result = await Service.PlanAsync(Town.Municipality, draft ?? Draft(), Manager.Id, CancellationToken.None);
        Assert.True(result.IsValid, string.Join(", ", result.Errors.Select(e => $"{e.Field}:{e.Code}")));
        return result.Value!;
    }

    public async Task<Meeting> ActAsync(Task<Domain.Validation.Result<Meeting>?> action)
    {
        var result = await action;
        Assert.NotNull(result);
        Assert.True(result.IsValid, string.Join(", ", result.Errors.Select(e => $"{e.Field}:{e.Code}")));
        return result.Value!;
    }

    public async Task<FeedbackSubmission> GiveAsync(Task<Domain.Validation.Result<FeedbackSubmission>?> action)
    {
        var result = await action;
        Assert.NotNull(result);
        Assert.True(result.IsValid, string.Join(", ", result.Errors.Select(e => $"{e.Field}:{e.Code}")));
        return result.Value!;
    }

    public async Task<MeetingRecord> GetAsync(MeetingId id) => (await Store.GetAsync(id, CancellationToken.None))!;

    /// <summary>The rows of one kind ("meeting", "event", "start", "index", "outbox", "links") in this municipality's partition.</summary>
    public async Task<IReadOnlyList<TableEntity>> RowsAsync(string kind)
    {
        var rows = new List<TableEntity>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Code} and Kind eq {kind}");
        await foreach (var row in Azurite.Tables.Meetings.QueryAsync<TableEntity>(filter))
        {
            rows.Add(row);
        }

        return rows;
    }

    public static Colleague Person(string name, AppRole role, IReadOnlyList<string> districts) => new()
    {
        Id = ColleagueId.ForPerson(Guid.NewGuid()),
        Kind = ColleagueKind.Person,
        Name = name,
        Mail = $"{name.ToLowerInvariant()}@gemeente.example",
        Roles = [role],
        Districts = districts,
    };

    private async Task SeedAsync()
    {
        string[] districts = [Town.District1];
        Manager = Person("Mila", AppRole.DistrictManager, districts);
        Ann = Person("Ann", AppRole.DistrictTeam, districts);
        Bob = Person("Bob", AppRole.SocialDistrictTeam, districts);
        Outsider = Person("Otto", AppRole.Specialist, [Town.District3]);
        foreach (var colleague in new[] { Manager, Ann, Bob, Outsider })
        {
            await Colleagues.SaveAsync(Code, colleague, CancellationToken.None);
        }

        Garden = (await Azurite.Registry.CreateValidAsync(TestTown.Initiative("Moestuin", Town.District1))).Member;
        Centre = (await Azurite.Registry.CreateValidAsync(TestTown.Partner("Buurthuis", Town.District1))).Member;
        Vera = (await Azurite.Registry.CreateValidAsync(TestTown.Person("Vera Bos", Town.District1))).Member;
    }
}
