using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Meetings;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.IntegrationTests.Infrastructure;
using Wijkverbinder.IntegrationTests.Referrals;
using Wijkverbinder.Storage.Meetings;
using Wijkverbinder.Storage.Referrals;

namespace Wijkverbinder.IntegrationTests.Authorization;

/// <summary>
/// The seeded network of the matrix: the referral town's colleagues plus the personas it lacks, an initiative in
/// district 1, the Social persona's own entry in the network (for consent), and fresh referrals and meetings for
/// the rows that change them (referrer Team, receiver Specialist; organiser Manager, invitee Team, action owner Team).
/// </summary>
public sealed class MatrixTown
{
    private readonly Dictionary<Persona, Colleague> personas = [];

    private MatrixTown(ReferralTown referrals) => Referrals = referrals;

    public ReferralTown Referrals { get; }

    public TestTown Town => Referrals.Town;

    public string Code => Referrals.Code;

    public MeetingService Meetings { get; private set; } = null!;

    public Member Garden { get; private set; } = null!;

    /// <summary>The Social persona's own entry in the network (a person whose e-mail address is their work mail).</summary>
    public Member SocialsEntry { get; private set; } = null!;

    public Colleague this[Persona persona] => personas[persona];

    public static async Task<MatrixTown> CreateAsync(AzuriteFixture azurite)
    {
        var town = new MatrixTown(await ReferralTown.CreateAsync(azurite));
        await town.SeedAsync(azurite);
        return town;
    }

    /// <summary>A new referral from Team to Specialist in district 1; its id.</summary>
    public async Task<string> ReferralAsync() => (await NewReferralAsync()).ToString();

    /// <summary>A new referral that Specialist has accepted (so the actor rule of "complete" is reached, not the state rule).</summary>
    public async Task<string> AcceptedReferralAsync() => await ThenAsync(await NewReferralAsync(), id => Referrals.Service.AcceptAsync(id, this[Persona.Specialist].Id, CancellationToken.None));

    /// <summary>A new referral on which Specialist asked Team for information.</summary>
    public async Task<string> QuestionedReferralAsync() => await ThenAsync(await NewReferralAsync(), id => Referrals.Service.RequestInformationAsync(id, this[Persona.Specialist].Id, "Welk adres?", CancellationToken.None));

    /// <summary>A new theme meeting in district 1 tomorrow, organised by Manager, Team invited, with action 1 owned by Team; its id.</summary>
    public async Task<string> MeetingAsync()
    {
        var start = new DateTimeOffset(AzuriteFixture.Now.Date.AddDays(1).AddHours(19), TimeSpan.FromHours(1));
        var draft = new MeetingDraft
        {
            Kind = MeetingKind.ThemeMeeting, Title = "Themabijeenkomst", Scope = Town.District1, Themes = ["meedoen"],
            Start = start, End = start.AddHours(2), Location = "Buurthuis", Online = false, Agenda = "Opening",
            Invitees = [InviteeRef.For(this[Persona.Team].Id), InviteeRef.For(Garden.Id)],
        };
        var manager = this[Persona.Manager].Id;
        var planned = await Meetings.PlanAsync(Town.Municipality, draft, manager, CancellationToken.None);
        Assert.True(planned.IsValid, string.Join(", ", planned.Errors.Select(e => $"{e.Field}:{e.Code}")));
        var id = planned.Value!.Id;
        var agreed = await Meetings.AgreeActionAsync(id, manager, "Flyers maken", this[Persona.Team].Id, AzuriteFixture.Today.AddDays(14), CancellationToken.None);
        Assert.True(agreed is { IsValid: true }, string.Join(", ", agreed?.Errors.Select(e => $"{e.Field}:{e.Code}") ?? []));
        return id.ToString();
    }

    private static async Task<string> ThenAsync(Domain.Referrals.ReferralId id, Func<Domain.Referrals.ReferralId, Task<Domain.Validation.Result<Domain.Referrals.Referral>?>> step)
    {
        var result = await step(id);
        Assert.True(result is { IsValid: true }, string.Join(", ", result?.Errors.Select(e => $"{e.Field}:{e.Code}") ?? []));
        return id.ToString();
    }

    private async Task<Domain.Referrals.ReferralId> NewReferralAsync() =>
        (await Referrals.CreateAsync(Referrals.Draft() with { Receiver = this[Persona.Specialist].Id })).Id;

    private async Task SeedAsync(AzuriteFixture azurite)
    {
        var r = Referrals;
        personas[Persona.Manager] = r.Manager;
        personas[Persona.Team] = r.Referrer;
        personas[Persona.Social] = r.Ann;
        personas[Persona.Specialist] = r.Specialist;
        personas[Persona.OtherSpecialist] = r.Outsider;
        string[] here = [Town.District1], there = [Town.District3];
        var added = new Dictionary<Persona, Colleague>
        {
            [Persona.Admin] = Person("Beatrix", [AppRole.Administrator], here),
            [Persona.NoRole] = Person("Nora", [], here),
            [Persona.OtherManager] = Person("Olga", [AppRole.DistrictManager], there),
            [Persona.OtherTeam] = Person("Oscar", [AppRole.DistrictTeam], there),
            [Persona.OtherSocial] = Person("Odile", [AppRole.SocialDistrictTeam], there),
            [Persona.OtherAdmin] = Person("Orla", [AppRole.Administrator], there),
        };
        foreach (var (persona, colleague) in added)
        {
            personas[persona] = colleague;
            await r.Colleagues.SaveAsync(Code, colleague, CancellationToken.None);
        }

        // In no directory: a valid token with a role claim, and nothing else.
        personas[Persona.Stranger] = Person("Sven", [AppRole.DistrictTeam], here);

        Meetings = new MeetingService(new TableMeetingStore(azurite.Tables, r.Signal), new TableMeetingFeedbackStore(azurite.Tables), r.Colleagues, azurite.Store, r.Clock);
        Garden = (await azurite.Registry.CreateValidAsync(TestTown.Initiative("Moestuin", Town.District1))).Member;
        SocialsEntry = (await azurite.Registry.CreateValidAsync(TestTown.Person("Ann de Vries", Town.District1) with { Email = r.Ann.Mail, ShowContactDetails = false })).Member;
    }

    private static Colleague Person(string name, IReadOnlyList<AppRole> roles, IReadOnlyList<string> districts) => new()
    {
        Id = ColleagueId.ForPerson(Guid.NewGuid()),
        Kind = ColleagueKind.Person,
        Name = name,
        Mail = $"{name.ToLowerInvariant()}@gemeente.example",
        Roles = roles,
        Districts = districts,
    };

    /// <summary>A new shared resource for the whole municipality that Manager decides on, so each press has its days free; its id.</summary>
    public async Task<string> ResourceAsync()
    {
        var resource = new Domain.Bookings.SharedResource
        {
            Id = new Domain.Bookings.ResourceId(Code, "tent" + Guid.NewGuid().ToString("N")[..8]), Name = "Partytent", Approver = this[Persona.Manager].Id,
        };
        await new Wijkverbinder.Storage.Bookings.TableBookingStore(Referrals.Azurite.Tables, Referrals.Signal).SaveResourceAsync(resource, CancellationToken.None);
        return resource.Id.ToString();
    }

    /// <summary>District 1, where a routing rule for the theme "bestuur" names the board's official (a specialist who is no persona).</summary>
    public async Task<string> BoardDistrictAsync()
    {
        var official = Person("Bram", [AppRole.Specialist], [Town.District1]) with { Id = ColleagueId.ForPerson(new Guid("b0a4d000-0000-4000-8000-00000000b0a4")) };
        await Referrals.Colleagues.SaveAsync(Code, official, CancellationToken.None);
        await Referrals.Routing.SaveAsync(Code, new Domain.Referrals.RoutingRule(Domain.Budget.BoardAccessService.BoardTheme, Town.District1, official.Id), CancellationToken.None);
        return Town.District1;
    }
}
