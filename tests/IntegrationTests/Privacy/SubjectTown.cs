using Wijkverbinder.Domain.Bookings;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Conversations;
using Wijkverbinder.Domain.Meetings;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.Domain.Referrals;
using Wijkverbinder.Domain.Successes;
using Wijkverbinder.IntegrationTests.Infrastructure;
using Wijkverbinder.IntegrationTests.Referrals;
using Wijkverbinder.Storage.Bookings;
using Wijkverbinder.Storage.Conversations;
using Wijkverbinder.Storage.Meetings;
using Wijkverbinder.Storage.Successes;

namespace Wijkverbinder.IntegrationTests.Privacy;

/// <summary>
/// A referral town where one person, Ilse Wolterbeek, is everywhere: a colleague of the sociaal wijkteam, a person in
/// the network (with her opt-in and a tie), the receiver of a referral that names her and that she accepted, invited to
/// a meeting she answered with an action of hers, with a Teams conversation, a booking of the party tent she requested
/// for an initiative, and a success of that initiative she marked (its story names her). Bob and Karel Bakker are the others,
/// whose data must stay. Ilse's name is unusual, so a scan of every table cannot confuse her with other tests' data.
/// </summary>
internal sealed class SubjectTown
{
    /// <summary>Other tests make their own Ilse: her name and mail carry the town's code, so a scan tells them apart.</summary>
    public string IlseName => Ilse.Name;
    public const string TenantId = "tenant-subjects";

    public required ReferralTown Town { get; init; }

    public required Colleague Ilse { get; init; }

    public required Colleague Admin { get; init; }

    public required Member IlseInNetwork { get; init; }

    public required Member Karel { get; init; }

    public required Referral IlsesReferral { get; init; }

    public required Referral BobsReferral { get; init; }

    public required Meeting Meeting { get; init; }

    public required Booking IlsesBooking { get; init; }

    public required Success IlsesSuccess { get; init; }

    public static async Task<SubjectTown> CreateAsync(AzuriteFixture azurite)
    {
        var town = await ReferralTown.CreateAsync(azurite);
        var ilse = Colleague($"Ilse Wolterbeek {town.Code}", $"ilse.wolterbeek.{town.Code.ToLowerInvariant()}@gemeente.example", AppRole.SocialDistrictTeam, [town.Town.District1], [ReferralTown.SocialTeamId]);

        // She also works in the wijkteam, so she may book the tent for her district (BookingService.MayRequest).
        ilse = ilse with { Roles = [AppRole.SocialDistrictTeam, AppRole.DistrictTeam] };
        var admin = Colleague("Bea Beheer", "bea.beheer@gemeente.example", AppRole.Administrator, [], []);
        await town.Colleagues.SaveAsync(town.Code, ilse, CancellationToken.None);
        await town.Colleagues.SaveAsync(town.Code, admin, CancellationToken.None);

        var karel = (await azurite.Store.CreateMemberAsync(
            TestTown.Person("Karel Bakker", town.Town.District1) with { Id = MemberId.New(town.Town.AreaA, azurite.Clock), Email = "karel.bakker@example.org" },
            [],
            new Dictionary<MemberId, Member>(),
            CancellationToken.None)).Member;
        var ilseId = MemberId.New(town.Town.AreaA, azurite.Clock);
        var tie = new Tie { From = ilseId, To = karel.Id, Type = TieType.WorksWith, Since = new DateOnly(2026, 1, 5), LastContactOn = new DateOnly(2026, 11, 2) };
        var ilseInNetwork = (await azurite.Store.CreateMemberAsync(
            TestTown.Person(ilse.Name, town.Town.District1) with { Id = ilseId, Email = ilse.Mail, ConsentRecordedOn = new DateOnly(2026, 10, 1) },
            [tie],
            new Dictionary<MemberId, Member> { [karel.Id] = karel },
            CancellationToken.None)).Member;

        var ilsesReferral = await town.CreateAsync(town.Draft($"Vraag voor {ilse.Name} over de voedselbank") with { Receiver = ilse.Id });
        Assert.True((await town.Service.AcceptAsync(ilsesReferral.Id, ilse.Id, CancellationToken.None))!.IsValid);
        var bobsReferral = await town.CreateAsync(town.Draft("Hulp bij de huurtoeslag") with { Receiver = town.Bob.Id });

        var meetings = new MeetingService(new TableMeetingStore(azurite.Tables, town.Signal), new TableMeetingFeedbackStore(azurite.Tables), town.Colleagues, azurite.Store, town.Clock);
        var draft = new MeetingDraft
        {
            Kind = MeetingKind.ThemeMeeting,
            Title = "Themabijeenkomst armoede",
            Scope = town.Town.District1,
            Themes = ["armoede"],
            Start = AzuriteFixture.Now.AddDays(2),
            End = AzuriteFixture.Now.AddDays(2).AddHours(2),
            Location = "Buurthuis De Kroon",
            Online = false,
            Agenda = "1. Opening",
            Invitees = [InviteeRef.For(ilse.Id), InviteeRef.For(town.Bob.Id), InviteeRef.For(ilseId), InviteeRef.For(karel.Id)],
        };
        var planned = await meetings.PlanAsync(town.Town.Municipality, draft, town.Manager.Id, CancellationToken.None);
        Assert.True(planned.IsValid, string.Join(", ", planned.Errors.Select(e => $"{e.Field}:{e.Code}")));
        Assert.True((await meetings.AnswerAsync(planned.Value!.Id, ilse.Id, Rsvp.Accepted, CancellationToken.None))!.IsValid);
        var agreed = await meetings.AgreeActionAsync(planned.Value.Id, town.Manager.Id, "Flyers rondbrengen", ilse.Id, AzuriteFixture.Today.AddDays(14), CancellationToken.None);
        Assert.True(agreed!.IsValid, string.Join(", ", agreed.Errors.Select(e => $"{e.Field}:{e.Code}")));

        var (booking, success) = await BookAndMarkAsync(azurite, town, ilse);

        var conversations = new TableConversationDirectory(azurite.Tables);
        foreach (var who in new[] { ilse, town.Bob })
        {
            await conversations.SaveAsync(Address(who), CancellationToken.None);
        }

        return new SubjectTown
        {
            Town = town, Ilse = ilse, Admin = admin, IlseInNetwork = ilseInNetwork, Karel = karel,
            IlsesReferral = ilsesReferral, BobsReferral = bobsReferral, Meeting = agreed.Value!,
            IlsesBooking = booking, IlsesSuccess = success,
        };
    }

    /// <summary>Ilse books the party tent (Mila approves) for the initiative "Buurtmoestuin" and marks it as a success.</summary>
    private static async Task<(Booking Booking, Success Success)> BookAndMarkAsync(AzuriteFixture azurite, ReferralTown town, Colleague ilse)
    {
        var garden = (await azurite.Store.CreateMemberAsync(
            TestTown.Initiative("Buurtmoestuin", town.Town.District1) with { Id = MemberId.New(town.Town.AreaA, azurite.Clock) },
            [],
            new Dictionary<MemberId, Member>(),
            CancellationToken.None)).Member;
        var store = new TableBookingStore(azurite.Tables, town.Signal);
        var tent = new SharedResource { Id = new ResourceId(town.Code, "partytent"), Name = "Partytent", Area = town.Town.AreaA, Approver = town.Manager.Id };
        await store.SaveResourceAsync(tent, CancellationToken.None);
        var bookings = new BookingService(store, town.Colleagues, azurite.Store, town.Clock);
        var today = DateOnly.FromDateTime(town.Clock.GetUtcNow().UtcDateTime);
        var requested = await bookings.RequestAsync(town.Town.Municipality, new(tent.Id, today.AddDays(10), today.AddDays(11), "Oogstfeest", town.Town.District1, garden.Id), ilse.Id, CancellationToken.None);
        Assert.True(requested.IsValid, string.Join(", ", requested.Errors.Select(e => $"{e.Field}:{e.Code}")));
        var approved = await bookings.ApproveAsync(requested.Value!.Id, town.Manager.Id, CancellationToken.None);
        Assert.True(approved!.IsValid, string.Join(", ", approved.Errors.Select(e => $"{e.Field}:{e.Code}")));

        var marked = await new SuccessService(new TableSuccessStore(azurite.Tables), azurite.Store, town.Clock)
            .MarkAsync(garden.Id, $"Dankzij {ilse.Name} oogsten twintig buren samen.", null, ilse.Id, CancellationToken.None);
        Assert.True(marked!.IsValid, string.Join(", ", marked.Errors.Select(e => $"{e.Field}:{e.Code}")));
        return (approved.Value!, marked.Value!);
    }

    private static ConversationAddress Address(Colleague who) => new()
    {
        TenantId = TenantId, Kind = ConversationKind.Personal, Key = who.Id.Value, ConversationId = "a:conversation-" + who.Id.Value,
        ServiceUrl = "https://smba.example/emea/", ChannelId = "msteams", BotId = "28:bot", UserId = "29:user-" + who.Id.Value,
        UpdatedAt = AzuriteFixture.Now, Locale = "nl-NL",
    };

    private static Colleague Colleague(string name, string mail, AppRole role, IReadOnlyList<string> districts, ColleagueId[] teams) => new()
    {
        Id = ColleagueId.ForPerson(Guid.NewGuid()), Kind = ColleagueKind.Person, Name = name, Mail = mail, Roles = [role], Districts = districts, Teams = teams,
    };
}
