using Wijkverbinder.Domain.Referrals;
using Wijkverbinder.IntegrationTests.Infrastructure;

namespace Wijkverbinder.IntegrationTests.Referrals;

[Collection(AzuriteCollection.Name)]
public sealed class ReferralReminderTests(AzuriteFixture azurite)
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task TheReceiverIsRemindedOnceAndTheManagerToldOncePerDueDate()
    {
        var t = await ReferralTown.CreateAsync(azurite);

        // Saturday 28 November; due Thursday 3 December, so the reminder day is Wednesday 2 December.
        var created = await t.CreateAsync(t.Draft() with { DueDate = new DateOnly(2026, 12, 3) });
        Assert.Equal(0, await t.Service.RemindAndEscalateAsync(t.Code, None));

        MoveTo(t, new DateOnly(2026, 12, 2));
        Assert.Equal(1, await t.Service.RemindAndEscalateAsync(t.Code, None));
        Assert.Equal(0, await t.Service.RemindAndEscalateAsync(t.Code, None));

        MoveTo(t, new DateOnly(2026, 12, 3));
        Assert.Equal(0, await t.Service.RemindAndEscalateAsync(t.Code, None));

        MoveTo(t, new DateOnly(2026, 12, 4));
        Assert.Equal(1, await t.Service.RemindAndEscalateAsync(t.Code, None));
        Assert.Equal(0, await t.Service.RemindAndEscalateAsync(t.Code, None));

        var record = await t.GetAsync(created.Id);
        Assert.Equal([ReferralEventKind.Created, ReferralEventKind.Reminded, ReferralEventKind.Escalated], record.History.Select(e => e.Kind));
        Assert.All(record.History.Skip(1), e => Assert.Null(e.Actor));
        Assert.Equal(new DateOnly(2026, 12, 3), record.Referral.RemindedFor);
        Assert.Equal(new DateOnly(2026, 12, 3), record.Referral.EscalatedFor);
        Assert.Equal(ReferralStatus.New, record.Referral.Status);

        var pending = await t.Outbox.ListPendingAsync(t.Code, 100, None);
        Assert.Equal(
            [(ReferralTown.SocialTeamId, NotificationChannel.Card), (ReferralTown.SocialTeamId, NotificationChannel.Mail)],
            pending.Where(n => n.Purpose == NotificationPurpose.Reminder).Select(n => (n.Recipient, n.Channel)));
        Assert.Equal(
            [(t.Manager.Id, NotificationChannel.Card), (t.Manager.Id, NotificationChannel.Mail)],
            pending.Where(n => n.Purpose == NotificationPurpose.Escalation).Select(n => (n.Recipient, n.Channel)));
    }

    [Fact]
    public async Task AClosedReferralIsNeitherRemindedNorEscalated()
    {
        var t = await ReferralTown.CreateAsync(azurite);
        var created = await t.CreateAsync(t.Draft() with { DueDate = new DateOnly(2026, 12, 3) });
        await t.Service.DeclineAsync(created.Id, t.Ann.Id, "Niet voor ons", None);

        MoveTo(t, new DateOnly(2026, 12, 2));
        Assert.Equal(0, await t.Service.RemindAndEscalateAsync(t.Code, None));
        MoveTo(t, new DateOnly(2026, 12, 10));
        Assert.Equal(0, await t.Service.RemindAndEscalateAsync(t.Code, None));
        Assert.Equal(2, (await t.GetAsync(created.Id)).History.Count);
    }

    private static void MoveTo(ReferralTown t, DateOnly day) =>
        t.Clock.SetUtcNow(new DateTimeOffset(day.ToDateTime(new TimeOnly(7, 0)), TimeSpan.Zero));
}
