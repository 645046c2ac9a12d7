using Wijkverbinder.Domain.Referrals;
using Wijkverbinder.Domain.Validation;
using Wijkverbinder.IntegrationTests.Infrastructure;
using Wijkverbinder.Storage.Referrals;

namespace Wijkverbinder.IntegrationTests.Referrals;

/// <summary>Every transition end to end through <see cref="ReferralService"/> and the Table Storage adapters.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class ReferralLifecycleTests(AzuriteFixture azurite)
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task AReferralGoesFromNewToCompletedWithItsHistoryAndNotifications()
    {
        var t = await ReferralTown.CreateAsync(azurite);
        var created = await t.CreateAsync();
        Assert.Equal(ReferralStatus.New, created.Status);
        Assert.NotNull(created.Version);

        t.Clock.Advance(TimeSpan.FromMinutes(1));
        await t.Service.MarkSentAsync(created.Id, None);
        t.Clock.Advance(TimeSpan.FromMinutes(1));
        var accepted = await t.Service.AcceptAsync(created.Id, t.Ann.Id, None);
        t.Clock.Advance(TimeSpan.FromMinutes(1));
        var asked = await t.Service.RequestInformationAsync(created.Id, t.Bob.Id, "  Welk adres?  ", None);
        t.Clock.Advance(TimeSpan.FromMinutes(1));
        var answered = await t.Service.ProvideInformationAsync(created.Id, t.Referrer.Id, "Dorpsstraat 1", None);
        t.Clock.Advance(TimeSpan.FromMinutes(1));
        var completed = await t.Service.CompleteAsync(created.Id, t.Ann.Id, "Formulieren samen ingevuld", None);

        Assert.Equal(ReferralStatus.Accepted, accepted!.Value!.Status);
        Assert.Equal(ReferralStatus.InformationRequested, asked!.Value!.Status);
        Assert.Equal("Welk adres?", asked.Value.OpenQuestion);
        Assert.Equal(ReferralStatus.Accepted, answered!.Value!.Status);
        Assert.Null(answered.Value.OpenQuestion);
        Assert.Equal(ReferralStatus.Completed, completed!.Value!.Status);

        var record = await t.GetAsync(created.Id);
        Assert.Equal(ReferralStatus.Completed, record.Referral.Status);
        Assert.Equal("Formulieren samen ingevuld", record.Referral.Outcome);
        Assert.Null(record.Referral.OpenQuestion);
        Assert.Null(record.Referral.StatusBeforeQuestion);
        Assert.Equal(completed.Value.Version, record.Referral.Version);
        Assert.Equal(6, record.Referral.LastSequence);
        Assert.Equal(
            [
                (1, ReferralEventKind.Created, t.Referrer.Id.Value, AzuriteFixture.Now, ReferralStatus.New),
                (2, ReferralEventKind.Sent, null, AzuriteFixture.Now.AddMinutes(1), ReferralStatus.Sent),
                (3, ReferralEventKind.Accepted, t.Ann.Id.Value, AzuriteFixture.Now.AddMinutes(2), ReferralStatus.Accepted),
                (4, ReferralEventKind.InformationRequested, t.Bob.Id.Value, AzuriteFixture.Now.AddMinutes(3), ReferralStatus.InformationRequested),
                (5, ReferralEventKind.InformationProvided, t.Referrer.Id.Value, AzuriteFixture.Now.AddMinutes(4), ReferralStatus.Accepted),
                (6, ReferralEventKind.Completed, t.Ann.Id.Value, AzuriteFixture.Now.AddMinutes(5), ReferralStatus.Completed),
            ],
            record.History.Select(e => (e.Sequence, e.Kind, e.Actor?.Value, e.At, e.StatusAfter)));
        Assert.Equal(["Welk adres?", "Dorpsstraat 1", "Formulieren samen ingevuld"], record.History.Where(e => e.Text is not null).Select(e => e.Text));

        var pending = await t.Outbox.ListPendingAsync(t.Code, 100, None);
        Assert.Equal(
            [
                (1, NotificationChannel.Card, ReferralTown.SocialTeamId, NotificationPurpose.NewRequest),
                (1, NotificationChannel.Mail, ReferralTown.SocialTeamId, NotificationPurpose.NewRequest),
                (2, NotificationChannel.Card, t.Referrer.Id, NotificationPurpose.StatusUpdate),
                (3, NotificationChannel.Card, t.Referrer.Id, NotificationPurpose.StatusUpdate),
                (4, NotificationChannel.Card, t.Referrer.Id, NotificationPurpose.QuestionForReferrer),
                (4, NotificationChannel.Mail, t.Referrer.Id, NotificationPurpose.QuestionForReferrer),
                (5, NotificationChannel.Card, ReferralTown.SocialTeamId, NotificationPurpose.StatusUpdate),
                (5, NotificationChannel.Mail, ReferralTown.SocialTeamId, NotificationPurpose.StatusUpdate),
                (6, NotificationChannel.Card, t.Referrer.Id, NotificationPurpose.StatusUpdate),
                (6, NotificationChannel.Mail, t.Referrer.Id, NotificationPurpose.StatusUpdate),
            ],
            pending.Select(n => (n.EventSequence, n.Channel, n.Recipient, n.Purpose)));
    }

    [Fact]
    public async Task EveryColumnOfAReferralSurvivesTheRoundTrip()
    {
        var t = await ReferralTown.CreateAsync(azurite);
        var initiative = await azurite.Registry.CreateValidAsync(TestTown.Initiative("Moestuin", t.Town.District1));
        var draft = t.Draft("Moestuin zoekt ruimte & <licht>") with
        {
            Subject = SubjectKind.Initiative,
            Initiative = initiative.Member.Id,
            Details = "Tekst met \"quotes\", 'apostrof' en een emoji 🌱",
            Urgency = Urgency.High,
            DueDate = AzuriteFixture.Today.AddDays(20),
            ContainsPersonalData = true,
            ConsentGivenTo = "Wijkteam Eén",
            ConsentGivenOn = AzuriteFixture.Today.AddDays(-1),
        };

        var created = await t.CreateAsync(draft);
        var stored = (await t.GetAsync(created.Id)).Referral;

        Assert.Equal(created, stored);
        Assert.Equal(new ResidentConsent("Wijkteam Eén", AzuriteFixture.Today.AddDays(-1), ReferralTown.SocialTeamId), stored.Consent);
        Assert.Equal(initiative.Member.Id, stored.Initiative);
        Assert.Equal(Urgency.High, stored.Urgency);
        Assert.Equal(ReferralTown.WijkteamId, stored.ReferrerTeam);
    }

    [Fact]
    public async Task ADeclineRecordsTheReasonAndTellsTheReferrerByMailAndCard()
    {
        var t = await ReferralTown.CreateAsync(azurite);
        var created = await t.CreateAsync();

        var declined = await t.Service.DeclineAsync(created.Id, t.Bob.Id, "Hoort bij schuldhulp", None);

        Assert.Equal(ReferralStatus.Declined, declined!.Value!.Status);
        var record = await t.GetAsync(created.Id);
        Assert.Equal("Hoort bij schuldhulp", record.Referral.DeclineReason);
        Assert.Equal(
            (ReferralEventKind.Declined, t.Bob.Id, ReferralStatus.Declined, "Hoort bij schuldhulp"),
            (record.History[^1].Kind, record.History[^1].Actor, record.History[^1].StatusAfter, record.History[^1].Text));
        var toReferrer = (await t.Outbox.ListPendingAsync(t.Code, 100, None)).Where(n => n.EventSequence == 2).ToList();
        Assert.Equal([NotificationChannel.Mail, NotificationChannel.Card], toReferrer.Select(n => n.Channel).Order());
        Assert.All(toReferrer, n => Assert.Equal(t.Referrer.Id, n.Recipient));
    }

    [Fact]
    public async Task AForwardHandsTheReferralToTheNewReceiverWhoCanAcceptIt()
    {
        var t = await ReferralTown.CreateAsync(azurite);
        var created = await t.CreateAsync();
        await t.Service.AcceptAsync(created.Id, t.Ann.Id, None);

        var forwarded = await t.Service.ForwardAsync(created.Id, t.Ann.Id, t.Specialist.Id, "Graag jouw blik", None);

        Assert.Equal(ReferralStatus.Forwarded, forwarded!.Value!.Status);
        Assert.Equal(t.Specialist.Id, forwarded.Value.Receiver);
        var record = await t.GetAsync(created.Id);
        Assert.Equal((ReferralEventKind.Forwarded, t.Specialist.Id, "Graag jouw blik"), (record.History[^1].Kind, record.History[^1].Receiver, record.History[^1].Text));
        var third = (await t.Outbox.ListPendingAsync(t.Code, 100, None)).Where(n => n.EventSequence == 3).ToList();
        Assert.Contains(third, n => n.Recipient == t.Specialist.Id && n.Channel == NotificationChannel.Mail && n.Purpose == NotificationPurpose.NewRequest);
        Assert.Contains(third, n => n.Recipient == t.Specialist.Id && n.Channel == NotificationChannel.Card && n.Purpose == NotificationPurpose.NewRequest);
        Assert.Contains(third, n => n.Recipient == t.Referrer.Id && n.Purpose == NotificationPurpose.StatusUpdate);

        // The old team may no longer act; the new receiver may.
        var byOldTeam = await t.Service.AcceptAsync(created.Id, t.Bob.Id, None);
        Assert.Equal(ValidationCodes.NotReceiver, Assert.Single(byOldTeam!.Errors).Code);
        var byNewReceiver = await t.Service.AcceptAsync(created.Id, t.Specialist.Id, None);
        Assert.Equal(ReferralStatus.Accepted, byNewReceiver!.Value!.Status);
    }

    [Fact]
    public async Task AnActionOnAReferralThatDoesNotExistReturnsNull()
    {
        var t = await ReferralTown.CreateAsync(azurite);

        Assert.Null(await t.Service.AcceptAsync(ReferralId.New(t.Code, t.Clock), t.Ann.Id, None));
        Assert.Null(await t.Store.GetAsync(ReferralId.New(t.Code, t.Clock), None));
    }

    [Fact]
    public async Task MarkingSentTwiceRecordsItOnce()
    {
        var t = await ReferralTown.CreateAsync(azurite);
        var created = await t.CreateAsync();

        await t.Service.MarkSentAsync(created.Id, None);
        await t.Service.MarkSentAsync(created.Id, None);

        var record = await t.GetAsync(created.Id);
        Assert.Equal(ReferralStatus.Sent, record.Referral.Status);
        Assert.Single(record.History, e => e.Kind == ReferralEventKind.Sent);
    }

    [Fact]
    public async Task SavingFromAStaleVersionIsAConflictAndWritesNothing()
    {
        var t = await ReferralTown.CreateAsync(azurite);
        var created = await t.CreateAsync();
        var stale = (await t.GetAsync(created.Id)).Referral;
        await t.Service.AcceptAsync(created.Id, t.Ann.Id, None);
        var outboxBefore = (await t.RowsAsync(ReferralKeys.OutboxKind)).Count;

        var change = ReferralLifecycle.Decline(stale, t.Bob, "Te laat", t.Clock.GetUtcNow()).Value!;
        await Assert.ThrowsAsync<Domain.Network.VersionConflictException>(() => t.Store.SaveAsync(change, None));

        var record = await t.GetAsync(created.Id);
        Assert.Equal(ReferralStatus.Accepted, record.Referral.Status);
        Assert.Equal(2, record.History.Count);
        Assert.Equal(outboxBefore, (await t.RowsAsync(ReferralKeys.OutboxKind)).Count);
    }

    [Fact]
    public async Task CreatingTheSameReferralTwiceIsAConflict()
    {
        var t = await ReferralTown.CreateAsync(azurite);
        var created = await t.CreateAsync();
        var again = ReferralLifecycle.Create(created with { Version = null, LastSequence = 0 });

        await Assert.ThrowsAsync<Domain.Network.VersionConflictException>(() => t.Store.SaveAsync(again, None));
        Assert.Single((await t.GetAsync(created.Id)).History);
    }

    [Fact]
    public async Task TheSignalIsNotifiedByASaveWithNotifications()
    {
        var t = await ReferralTown.CreateAsync(azurite);
        var waiting = t.Signal.WaitAsync(TimeSpan.FromMinutes(5), None);
        Assert.False(waiting.IsCompleted);

        await t.CreateAsync();

        await waiting.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.True(waiting.IsCompletedSuccessfully);
    }
}
